// One node per reported figure, owned by its paper; the paper must be stored.
UNWIND $rows AS row
MATCH (:Paper {id: row.paperId})
MERGE (r:Result {id: row.id})
ON CREATE SET r.paperId = row.paperId,
    r.value = row.value,
    r.unit = row.unit,
    r.metric = row.metric,
    r.text = row.text,
    r.evField = row.evField,
    r.evStart = row.evStart,
    r.evEnd = row.evEnd,
    r.evSentence = row.evSentence,
    r.evRule = row.evRule
RETURN count(r) AS written
