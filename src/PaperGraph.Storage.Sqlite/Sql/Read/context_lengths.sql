SELECT c.paper_key, c.text, c.tokens, c.subject_id, c.ev_field, c.ev_start, c.ev_end, c.ev_sentence_start, c.ev_sentence_end, c.ev_sentence, c.ev_rule
FROM papers p JOIN context_lengths c ON c.paper_key = p.key ORDER BY p.id, c.rowid;
