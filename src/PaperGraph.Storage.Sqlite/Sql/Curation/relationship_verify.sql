-- A result's OF and ON relationships share its verified flag, so the result keeps its links.
UPDATE relationships SET verified = $verified WHERE id = $id OR from_id = $id;
