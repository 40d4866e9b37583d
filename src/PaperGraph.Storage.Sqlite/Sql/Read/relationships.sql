-- from_id NULL: the relationship leaves the paper itself.
SELECT paper_key, id, type, from_id, to_id, props, verified, ev_field, ev_start, ev_end, ev_sentence_start, ev_sentence_end, ev_sentence, ev_rule
FROM relationships ORDER BY paper_key, rowid;
