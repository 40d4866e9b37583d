-- In paper id order (as every store reads them, whatever order papers were ingested in);
-- from_id NULL: the relationship leaves the paper itself.
SELECT r.paper_key, r.id, r.type, r.from_id, r.to_id, r.props, r.verified, r.ev_field, r.ev_start, r.ev_end, r.ev_sentence_start, r.ev_sentence_end, r.ev_sentence, r.ev_rule
FROM papers p JOIN relationships r ON r.paper_key = p.key ORDER BY p.id, r.rowid;
