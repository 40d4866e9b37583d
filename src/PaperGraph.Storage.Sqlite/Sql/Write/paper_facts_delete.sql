-- A changed paper's facts are replaced whole; facts a curator verified are kept.
DELETE FROM relationships WHERE paper_id = $paper_id AND verified = 0;
DELETE FROM results WHERE paper_id = $paper_id AND verified = 0
    AND id NOT IN (SELECT from_id FROM relationships WHERE paper_id = $paper_id AND verified = 1);
DELETE FROM context_lengths WHERE paper_id = $paper_id;
