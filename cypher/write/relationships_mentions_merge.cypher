// Paper to every entity it names, with the name, aliases, parameters and window it states.
// Each relationship is stated by one paper, which must be stored, and keeps its evidence.
UNWIND $rows AS row
MATCH (:Paper {id: row.paperId})
MATCH (from:Paper {id: row.fromId})
MATCH (to:Entity {id: row.toId})
MERGE (from)-[r:MENTIONS {id: row.id}]->(to)
ON CREATE SET r.paperId = row.paperId,
    r.ordinal = row.ordinal,
    r.verified = coalesce(row.verified, false),
    r.writtenName = row.writtenName,
    r.aliases = row.aliases,
    r.params = row.params,
    r.contextWindow = row.contextWindow,
    r.contextLengths = row.contextLengths,
    r.evField = row.evField,
    r.evStart = row.evStart,
    r.evEnd = row.evEnd,
    r.evSentence = row.evSentence,
    r.evRule = row.evRule
RETURN count(r) AS written
