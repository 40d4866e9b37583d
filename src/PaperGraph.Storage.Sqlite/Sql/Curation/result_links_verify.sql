-- A result's OF and ON relationships share its verified flag, so the result keeps its links. Those
-- it implies follow its own flag; the ones stored as rows are found through the result's paper.
UPDATE relationships SET verified = $verified
WHERE paper_key = (SELECT paper_key FROM results WHERE id = $id) AND from_id = $id;
