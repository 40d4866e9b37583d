// Benchmarks a model was evaluated on at or above a context length, with the paper and the
// sentence that says so. An evaluation's length is the largest of its contextLengths; one
// with no length stated never answers.
// Parameters: :param model => 'GPT-4';  :param minTokens => 128000;
MATCH (m:Model)
WHERE toLower(m.name) = toLower($model) OR toLower($model) IN [alias IN coalesce(m.aliases, []) | toLower(alias)]
MATCH (m)-[e:EVALUATED_ON]->(b:Entity)
WITH m, b, e, reduce(longest = 0, tokens IN coalesce(e.contextLengths, []) | CASE WHEN tokens > longest THEN tokens ELSE longest END) AS tokens
WHERE tokens >= $minTokens
MATCH (p:Paper {id: e.paperId})
RETURN b.name AS benchmark, tokens, p.title AS paper, p.arxivId AS arxivId, e.evSentence AS evidence
ORDER BY benchmark, tokens DESC
