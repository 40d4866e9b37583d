-- Relationships have no index on id (see 004_compact_facts.sql): one scan.
SELECT rowid, type, props FROM relationships WHERE id = $id;
