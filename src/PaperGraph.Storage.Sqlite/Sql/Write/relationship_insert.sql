-- No conflict is possible: ids are unique per paper, and the writer skips the ones a changed paper keeps.
INSERT INTO relationships (id, type, from_id, to_id, paper_key, props, ev_field, ev_start, ev_end, ev_sentence_start, ev_sentence_end, ev_sentence, ev_rule)
VALUES ($id, $type, $from_id, $to_id, $paper_key, $props, $ev_field, $ev_start, $ev_end, $ev_sentence_start, $ev_sentence_end, $ev_sentence, $ev_rule);
