SELECT id, type, from_id, to_id, paper_id, props, verified, ev_field, ev_start, ev_end, ev_sentence, ev_rule FROM relationships ORDER BY paper_id, rowid;
