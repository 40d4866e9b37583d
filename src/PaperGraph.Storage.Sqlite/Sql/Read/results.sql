SELECT id, paper_id, value, unit, metric, text, ev_field, ev_start, ev_end, ev_sentence, ev_rule, verified FROM results ORDER BY paper_id, ev_field, ev_start;
