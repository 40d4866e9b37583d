SELECT removed_id, keep_id FROM entity_merges ORDER BY removed_id;
