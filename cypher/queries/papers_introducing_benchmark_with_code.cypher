// Papers that introduce a benchmark (or dataset) and link its code, with the repository.
// Parameters: :param benchmark => 'LongIns';  (an empty string lists every such paper)
MATCH (p:Paper)-[i:INTRODUCES]->(b:Entity)
WHERE (b:Benchmark OR b:Dataset)
  AND ($benchmark = '' OR toLower(b.name) = toLower($benchmark) OR toLower($benchmark) IN [alias IN coalesce(b.aliases, []) | toLower(alias)])
MATCH (p)-[:HAS_CODE]->(repo:Repo)
RETURN b.name AS benchmark, p.title AS paper, p.arxivId AS arxivId, repo.url AS code, i.evSentence AS evidence
ORDER BY benchmark, paper
