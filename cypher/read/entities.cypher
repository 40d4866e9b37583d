// Every model, benchmark, dataset and method, for the read model.
MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name
ORDER BY id
