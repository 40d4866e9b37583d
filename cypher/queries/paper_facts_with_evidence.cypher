// Everything one paper states, each fact with its sentence, span and the rule that found it.
// Parameters: :param paper => '2406.17588';  (an arXiv id, a node id or the exact title)
MATCH (p:Paper)
WHERE p.arxivId = $paper OR p.id = $paper OR toLower(p.title) = toLower($paper)
MATCH (from)-[r:INTRODUCES|MENTIONS|EVALUATED_ON|REPORTS|OF|ON|HAS_CODE {paperId: p.id}]->(to)
RETURN type(r) AS fact, coalesce(from.name, from.title, from.text) AS subject, coalesce(to.name, to.text) AS object,
    r.contextLengths AS contextLengths, r.evSentence AS evidence, r.evStart AS spanStart, r.evEnd AS spanEnd, r.evRule AS rule
ORDER BY r.ordinal
