// Every result reported on a benchmark: which model, the figure, the metric and the paper.
// Parameters: :param benchmark => 'LongIns';
MATCH (b:Entity)
WHERE toLower(b.name) = toLower($benchmark) OR toLower($benchmark) IN [alias IN coalesce(b.aliases, []) | toLower(alias)]
MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:ON]->(b)
OPTIONAL MATCH (r)-[:OF]->(m:Model)
RETURN m.name AS model, r.value AS value, r.unit AS unit, r.metric AS metric, p.title AS paper, r.evSentence AS evidence
ORDER BY model, value DESC
