-- Entities and repos no paper names any more (after a paper changed) leave the graph.
DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM relationships r WHERE r.to_id = entities.id);
DELETE FROM repos WHERE NOT EXISTS (SELECT 1 FROM relationships r WHERE r.to_id = repos.id);
