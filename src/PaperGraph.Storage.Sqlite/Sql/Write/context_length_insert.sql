INSERT INTO context_lengths (paper_id, text, tokens, subject_id, ev_field, ev_start, ev_end, ev_sentence, ev_rule)
VALUES ($paper_id, $text, $tokens, $subject_id, $ev_field, $ev_start, $ev_end, $ev_sentence, $ev_rule);
