-- Earlier merges into a now-removed entity follow it to the kept one.
UPDATE entity_merges SET keep_id = $keep_id WHERE keep_id = $removed_id;
INSERT INTO entity_merges (removed_id, keep_id, merged_at) VALUES ($removed_id, $keep_id, $merged_at)
ON CONFLICT (removed_id) DO UPDATE SET keep_id = excluded.keep_id, merged_at = excluded.merged_at;
