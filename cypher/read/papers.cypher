// Every paper, for the read model.
MATCH (p:Paper)
RETURN p.id AS id, p.title AS title, p.abstract AS abstract, p.arxivId AS arxivId, p.url AS url,
    p.date AS date, coalesce(p.authors, []) AS authors, p.source AS source
ORDER BY id
