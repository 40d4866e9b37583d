// PaperGraph's Neo4j schema. The adapter runs every statement of this file on start, one by
// one; each is idempotent (IF NOT EXISTS), so running it again changes nothing.

// One uniqueness constraint per node kind on its id: MERGE finds nodes through them.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (n:Paper) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_id IF NOT EXISTS FOR (n:Model) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT benchmark_id IF NOT EXISTS FOR (n:Benchmark) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT repo_id IF NOT EXISTS FOR (n:Repo) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (n:Result) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT context_length_id IF NOT EXISTS FOR (n:ContextLength) REQUIRE n.id IS UNIQUE;

// Names and titles are what people look things up by in Browser and Bloom.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX repo_name IF NOT EXISTS FOR (n:Repo) ON (n.name);
CREATE INDEX paper_title IF NOT EXISTS FOR (n:Paper) ON (n.title);
CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (n:Paper) ON (n.arxivId);

// A changed paper's facts are found by the paper that states them.
CREATE INDEX result_paper IF NOT EXISTS FOR (n:Result) ON (n.paperId);
CREATE INDEX context_length_paper IF NOT EXISTS FOR (n:ContextLength) ON (n.paperId);
CREATE INDEX evaluated_on_paper IF NOT EXISTS FOR ()-[r:EVALUATED_ON]-() ON (r.paperId);

// Free-text search over names, aliases, titles and abstracts (Bloom's search bar, Browser).
CREATE FULLTEXT INDEX papergraph_search IF NOT EXISTS
FOR (n:Paper|Model|Benchmark|Dataset|Method|Repo) ON EACH [n.name, n.aliases, n.title, n.abstract];
