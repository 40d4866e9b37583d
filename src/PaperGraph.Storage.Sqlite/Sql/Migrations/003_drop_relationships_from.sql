-- Only a curator's verify or correct of a result looks relationships up by from_id, once per
-- request, while every ingest paid for keeping the index: a scan there is the better trade.
DROP INDEX IF EXISTS relationships_from;
