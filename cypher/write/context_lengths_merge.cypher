// The token lengths a paper states, in the order it states them, linked from the paper.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paperId})
MERGE (c:ContextLength {id: row.id})
ON CREATE SET c.paperId = row.paperId,
    c.ordinal = row.ordinal,
    c.text = row.text,
    c.tokens = row.tokens,
    c.subjectId = row.subjectId,
    c.evField = row.evField,
    c.evStart = row.evStart,
    c.evEnd = row.evEnd,
    c.evSentence = row.evSentence,
    c.evRule = row.evRule
MERGE (p)-[:STATES]->(c)
RETURN count(c) AS written
