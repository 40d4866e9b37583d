SELECT r.paper_key, r.id, r.value, r.unit, r.metric, r.text, r.ev_field, r.ev_start, r.ev_end, r.ev_sentence_start, r.ev_sentence_end, r.ev_sentence, r.ev_rule, r.verified, r.model_id, r.benchmark_id
FROM papers p JOIN results r ON r.paper_key = p.key ORDER BY p.id, r.ev_field, r.ev_start;
