-- Relationships have no index on id (see 004_compact_facts.sql): one scan.
UPDATE relationships SET verified = $verified WHERE id = $id;
