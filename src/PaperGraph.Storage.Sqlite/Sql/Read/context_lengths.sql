SELECT paper_id, text, tokens, subject_id, ev_field, ev_start, ev_end, ev_sentence, ev_rule FROM context_lengths ORDER BY paper_id, rowid;
