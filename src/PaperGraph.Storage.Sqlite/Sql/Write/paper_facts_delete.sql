-- A changed paper's facts are replaced whole; facts a curator verified are kept.
DELETE FROM relationships WHERE paper_key = $paper_key AND verified = 0;
DELETE FROM results WHERE paper_key = $paper_key AND verified = 0
    AND id NOT IN (SELECT from_id FROM relationships WHERE paper_key = $paper_key AND verified = 1 AND from_id IS NOT NULL);
DELETE FROM context_lengths WHERE paper_key = $paper_key;
