-- The graph as tables: papers, the entity and repo nodes papers share, and the facts each
-- paper states (results, context lengths, relationships), all owned by their paper so that a
-- changed paper's facts are replaced in one statement each.
CREATE TABLE papers (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    abstract     TEXT NOT NULL,
    arxiv_id     TEXT,
    url          TEXT,
    date         TEXT,
    authors      TEXT NOT NULL,          -- JSON array of names
    source       TEXT,                   -- file:line it was last read from
    content_hash TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
) STRICT;

CREATE TABLE entities (
    id   TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('Model', 'Benchmark', 'Dataset', 'Method')),
    name TEXT NOT NULL
) STRICT;

CREATE TABLE repos (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE results (
    id          TEXT PRIMARY KEY,
    paper_id    TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    value       REAL NOT NULL,
    unit        TEXT,
    metric      TEXT,
    text        TEXT NOT NULL,
    ev_field    TEXT NOT NULL,
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL,
    ev_sentence TEXT NOT NULL,
    ev_rule     TEXT NOT NULL
) STRICT;
CREATE INDEX results_paper ON results (paper_id);

CREATE TABLE context_lengths (
    paper_id    TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    tokens      INTEGER NOT NULL,
    subject_id  TEXT,
    ev_field    TEXT NOT NULL,
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL,
    ev_sentence TEXT NOT NULL,
    ev_rule     TEXT NOT NULL
) STRICT;
CREATE INDEX context_lengths_paper ON context_lengths (paper_id);

CREATE TABLE relationships (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    from_id     TEXT NOT NULL,
    to_id       TEXT NOT NULL,
    paper_id    TEXT NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    props       TEXT NOT NULL,          -- JSON object of the type's properties
    verified    INTEGER NOT NULL DEFAULT 0,
    ev_field    TEXT NOT NULL,
    ev_start    INTEGER NOT NULL,
    ev_end      INTEGER NOT NULL,
    ev_sentence TEXT NOT NULL,
    ev_rule     TEXT NOT NULL
) STRICT;
CREATE INDEX relationships_paper ON relationships (paper_id);
CREATE INDEX relationships_to ON relationships (to_id);
CREATE INDEX relationships_from ON relationships (from_id);
