INSERT INTO results (id, paper_key, value, unit, metric, text, ev_field, ev_start, ev_end, ev_sentence_start, ev_sentence_end, ev_sentence, ev_rule, model_id, benchmark_id)
VALUES ($id, $paper_key, $value, $unit, $metric, $text, $ev_field, $ev_start, $ev_end, $ev_sentence_start, $ev_sentence_end, $ev_sentence, $ev_rule, $model_id, $benchmark_id)
ON CONFLICT (id) DO NOTHING;
