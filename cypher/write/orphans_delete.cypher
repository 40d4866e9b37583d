// Entities and repos no relationship points to any more (after a paper changed) leave the graph.
MATCH (n:Entity|Repo)
WHERE NOT EXISTS { ()-->(n) }
DETACH DELETE n
RETURN count(*) AS deleted
