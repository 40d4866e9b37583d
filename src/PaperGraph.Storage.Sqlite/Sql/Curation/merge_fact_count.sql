SELECT (SELECT count(*) FROM relationships WHERE to_id IN (SELECT value FROM json_each($ids)) OR from_id IN (SELECT value FROM json_each($ids)))
     + (SELECT count(*) FROM results WHERE model_id IN (SELECT value FROM json_each($ids)) OR benchmark_id IN (SELECT value FROM json_each($ids)));
