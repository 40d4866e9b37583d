SELECT count(*) FROM relationships WHERE to_id IN (SELECT value FROM json_each($ids)) OR from_id IN (SELECT value FROM json_each($ids));
