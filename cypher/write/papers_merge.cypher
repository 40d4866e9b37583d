// Papers of a batch that are new or changed: the node is created or its fields replaced.
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title,
    p.abstract = row.abstract,
    p.arxivId = row.arxivId,
    p.url = row.url,
    p.date = row.date,
    p.authors = row.authors,
    p.source = row.source,
    p.contentHash = row.contentHash,
    p.ingestedAt = row.ingestedAt
RETURN count(p) AS written
