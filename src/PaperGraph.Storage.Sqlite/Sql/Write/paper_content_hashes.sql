-- The stored content hash of each paper of a batch that is already in the store ($ids: a JSON array of paper ids).
SELECT id, content_hash FROM papers WHERE id IN (SELECT value FROM json_each($ids));
