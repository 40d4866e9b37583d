// Entities are shared by every paper that names them: the first paper's name stays. Every
// entity carries the Entity label and the label of its kind.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.kind = row.kind
FOREACH (ignored IN CASE WHEN row.kind = 'Model' THEN [1] ELSE [] END | SET e:Model)
FOREACH (ignored IN CASE WHEN row.kind = 'Benchmark' THEN [1] ELSE [] END | SET e:Benchmark)
FOREACH (ignored IN CASE WHEN row.kind = 'Dataset' THEN [1] ELSE [] END | SET e:Dataset)
FOREACH (ignored IN CASE WHEN row.kind = 'Method' THEN [1] ELSE [] END | SET e:Method)
RETURN count(e) AS written
