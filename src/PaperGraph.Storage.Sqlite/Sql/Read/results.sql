SELECT paper_key, id, value, unit, metric, text, ev_field, ev_start, ev_end, ev_sentence_start, ev_sentence_end, ev_sentence, ev_rule, verified, model_id, benchmark_id
FROM results ORDER BY paper_key, ev_field, ev_start;
