-- Nothing looks relationships up by from_id (the read model is built from whole-table reads),
-- and every ingest paid for keeping the index.
DROP INDEX IF EXISTS relationships_from;
