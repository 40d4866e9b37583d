// Models evaluated on a benchmark, with the parameter counts and windows papers state for them.
// Parameters: :param benchmark => 'LongBench';
MATCH (b:Entity)
WHERE (b:Benchmark OR b:Dataset)
  AND (toLower(b.name) = toLower($benchmark) OR toLower($benchmark) IN [alias IN coalesce(b.aliases, []) | toLower(alias)])
MATCH (m:Model)-[e:EVALUATED_ON]->(b)
OPTIONAL MATCH (:Paper)-[mention:MENTIONS]->(m)
WITH m, count(DISTINCT e.paperId) AS papers, max(mention.params) AS params, max(mention.contextWindow) AS contextWindow
RETURN m.name AS model, papers, params, contextWindow
ORDER BY papers DESC, model
