-- The facts of a paper whose sentence is stored as a span of its text, with that text: read
-- before the paper changes, so the facts a curator verified (which outlive the change) keep
-- their sentence as a copy.
SELECT 'relationships', r.rowid, r.ev_field, r.ev_sentence_start, r.ev_sentence_end, p.title, p.abstract
FROM relationships r JOIN papers p ON p.key = r.paper_key WHERE p.id = $paper_id AND r.ev_sentence IS NULL
UNION ALL
SELECT 'results', r.rowid, r.ev_field, r.ev_sentence_start, r.ev_sentence_end, p.title, p.abstract
FROM results r JOIN papers p ON p.key = r.paper_key WHERE p.id = $paper_id AND r.ev_sentence IS NULL;
