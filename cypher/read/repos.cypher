// Every GitHub repository, for the read model.
MATCH (r:Repo)
RETURN r.id AS id, r.name AS name
ORDER BY id
