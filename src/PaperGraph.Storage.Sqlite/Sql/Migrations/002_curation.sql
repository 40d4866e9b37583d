-- Curation: a verified result survives its paper's re-ingest like a verified relationship,
-- and merged entities stay merged (later ingests' facts are mapped when the graph is loaded).
ALTER TABLE results ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;

CREATE TABLE entity_merges (
    removed_id TEXT PRIMARY KEY,
    keep_id    TEXT NOT NULL,
    merged_at  TEXT NOT NULL
) STRICT;
