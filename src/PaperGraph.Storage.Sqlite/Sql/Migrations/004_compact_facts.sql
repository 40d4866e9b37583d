-- Facts point at their paper by its row number, not by its id (a title slug of ~90 bytes), and
-- at their evidence sentence by its span in the title or abstract, not by a copy of it: a fact
-- row shrinks about fivefold, and the paper index facts are found by grows only at its end, so a
-- large ingest stops spilling index pages out of the cache. A paper's own relationships
-- (MENTIONS, INTRODUCES, REPORTS, HAS_CODE) leave from_id NULL: it is the paper.
-- ev_sentence keeps a copy only where the sentence is not a span of its field (rows written
-- before this migration, or text an extractor normalised).
-- A result names its model and benchmark itself: the REPORTS, OF and ON relationships it implies
-- (ResultLinks: ids and evidence follow from the result) are rebuilt when the store loads, so
-- they are no rows. Entities no fact names any more are left out when the store loads, so no
-- index on to_id is kept up to date on every insert just to delete them.
-- Nor is a relationship's id indexed: every insert into that index lands at a random place
-- (ids are hashes), which cost an ingest a third of its write time, while only a curator's
-- verify or correct looks a relationship up by id (one scan per request). The writer keeps
-- ids unique: a paper's ids hash the paper, and a changed paper skips the ids it keeps.
CREATE TABLE papers_v4 (
    key          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
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
INSERT INTO papers_v4 (id, title, abstract, arxiv_id, url, date, authors, source, content_hash, ingested_at)
SELECT id, title, abstract, arxiv_id, url, date, authors, source, content_hash, ingested_at FROM papers ORDER BY rowid;

CREATE TABLE results_v4 (
    id                TEXT PRIMARY KEY,
    paper_key         INTEGER NOT NULL REFERENCES papers_v4 (key) ON DELETE CASCADE,
    value             REAL NOT NULL,
    unit              TEXT,
    metric            TEXT,
    text              TEXT NOT NULL,
    ev_field          TEXT NOT NULL,
    ev_start          INTEGER NOT NULL,
    ev_end            INTEGER NOT NULL,
    ev_sentence_start INTEGER NOT NULL,
    ev_sentence_end   INTEGER NOT NULL,
    ev_sentence       TEXT,
    ev_rule           TEXT NOT NULL,
    verified          INTEGER NOT NULL DEFAULT 0,
    model_id          TEXT,
    benchmark_id      TEXT
) STRICT;
INSERT INTO results_v4 (id, paper_key, value, unit, metric, text, ev_field, ev_start, ev_end, ev_sentence_start, ev_sentence_end, ev_sentence, ev_rule, verified, model_id, benchmark_id)
SELECT r.id, p.key, r.value, r.unit, r.metric, r.text, r.ev_field, r.ev_start, r.ev_end, 0, 0, r.ev_sentence, r.ev_rule, r.verified,
    (SELECT l.to_id FROM relationships l WHERE l.type = 'OF' AND l.from_id = r.id LIMIT 1),
    (SELECT l.to_id FROM relationships l WHERE l.type = 'ON' AND l.from_id = r.id LIMIT 1)
FROM results r JOIN papers_v4 p ON p.id = r.paper_id ORDER BY r.rowid;

CREATE TABLE context_lengths_v4 (
    paper_key         INTEGER NOT NULL REFERENCES papers_v4 (key) ON DELETE CASCADE,
    text              TEXT NOT NULL,
    tokens            INTEGER NOT NULL,
    subject_id        TEXT,
    ev_field          TEXT NOT NULL,
    ev_start          INTEGER NOT NULL,
    ev_end            INTEGER NOT NULL,
    ev_sentence_start INTEGER NOT NULL,
    ev_sentence_end   INTEGER NOT NULL,
    ev_sentence       TEXT,
    ev_rule           TEXT NOT NULL
) STRICT;
INSERT INTO context_lengths_v4 (paper_key, text, tokens, subject_id, ev_field, ev_start, ev_end, ev_sentence_start, ev_sentence_end, ev_sentence, ev_rule)
SELECT p.key, c.text, c.tokens, c.subject_id, c.ev_field, c.ev_start, c.ev_end, 0, 0, c.ev_sentence, c.ev_rule
FROM context_lengths c JOIN papers_v4 p ON p.id = c.paper_id ORDER BY c.rowid;

CREATE TABLE relationships_v4 (
    id                TEXT NOT NULL,     -- unique (a hash of the paper and the fact); no index, see above
    type              TEXT NOT NULL,
    from_id           TEXT,              -- NULL: the paper itself
    to_id             TEXT NOT NULL,
    paper_key         INTEGER NOT NULL REFERENCES papers_v4 (key) ON DELETE CASCADE,
    props             TEXT NOT NULL,     -- JSON object of the type's properties
    verified          INTEGER NOT NULL DEFAULT 0,
    ev_field          TEXT NOT NULL,
    ev_start          INTEGER NOT NULL,
    ev_end            INTEGER NOT NULL,
    ev_sentence_start INTEGER NOT NULL,
    ev_sentence_end   INTEGER NOT NULL,
    ev_sentence       TEXT,
    ev_rule           TEXT NOT NULL
) STRICT;
INSERT INTO relationships_v4 (id, type, from_id, to_id, paper_key, props, verified, ev_field, ev_start, ev_end, ev_sentence_start, ev_sentence_end, ev_sentence, ev_rule)
SELECT r.id, r.type, nullif(r.from_id, r.paper_id), r.to_id, p.key, r.props, r.verified, r.ev_field, r.ev_start, r.ev_end, 0, 0, r.ev_sentence, r.ev_rule
FROM relationships r JOIN papers_v4 p ON p.id = r.paper_id
WHERE r.type NOT IN ('REPORTS', 'OF', 'ON')
ORDER BY r.rowid;

-- Children first: dropping papers while they exist would cascade into them.
DROP TABLE relationships;
DROP TABLE context_lengths;
DROP TABLE results;
DROP TABLE papers;
ALTER TABLE papers_v4 RENAME TO papers;
ALTER TABLE results_v4 RENAME TO results;
ALTER TABLE context_lengths_v4 RENAME TO context_lengths;
ALTER TABLE relationships_v4 RENAME TO relationships;

CREATE INDEX results_paper ON results (paper_key);
CREATE INDEX context_lengths_paper ON context_lengths (paper_key);
CREATE INDEX relationships_paper ON relationships (paper_key);
