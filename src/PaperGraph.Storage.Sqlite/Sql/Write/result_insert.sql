INSERT INTO results (id, paper_id, value, unit, metric, text, ev_field, ev_start, ev_end, ev_sentence, ev_rule)
VALUES ($id, $paper_id, $value, $unit, $metric, $text, $ev_field, $ev_start, $ev_end, $ev_sentence, $ev_rule)
ON CONFLICT (id) DO NOTHING;
