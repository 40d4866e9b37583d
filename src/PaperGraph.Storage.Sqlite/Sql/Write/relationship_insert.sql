INSERT INTO relationships (id, type, from_id, to_id, paper_id, props, ev_field, ev_start, ev_end, ev_sentence, ev_rule)
VALUES ($id, $type, $from_id, $to_id, $paper_id, $props, $ev_field, $ev_start, $ev_end, $ev_sentence, $ev_rule)
ON CONFLICT (id) DO NOTHING;
