INSERT INTO context_lengths (paper_key, text, tokens, subject_id, ev_field, ev_start, ev_end, ev_sentence_start, ev_sentence_end, ev_sentence, ev_rule)
VALUES ($paper_key, $text, $tokens, $subject_id, $ev_field, $ev_start, $ev_end, $ev_sentence_start, $ev_sentence_end, $ev_sentence, $ev_rule);
