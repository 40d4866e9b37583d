// Every stated relationship with its properties and evidence, in each paper's order, for the read model.
MATCH (from)-[r:INTRODUCES|MENTIONS|EVALUATED_ON|REPORTS|OF|ON|HAS_CODE]->(to)
RETURN r.id AS id, type(r) AS type, from.id AS fromId, to.id AS toId, r.paperId AS paperId,
    coalesce(r.verified, false) AS verified, r.writtenName AS writtenName, coalesce(r.aliases, []) AS aliases,
    r.params AS params, r.contextWindow AS contextWindow, coalesce(r.contextLengths, []) AS contextLengths,
    r.evField AS evField, r.evStart AS evStart, r.evEnd AS evEnd, r.evSentence AS evSentence, r.evRule AS evRule
ORDER BY paperId, r.ordinal
