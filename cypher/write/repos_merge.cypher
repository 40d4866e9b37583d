// GitHub repositories, shared by every paper that links them.
UNWIND $rows AS row
MERGE (r:Repo {id: row.id})
ON CREATE SET r.name = row.name, r.url = 'https://github.com/' + row.name
RETURN count(r) AS written
