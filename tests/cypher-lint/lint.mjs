// Lints PaperGraph's Cypher with Neo4j's own language support (the linter behind Browser,
// Workspace and the VS Code extension): every .cypher file under the given folder, the search
// phrases of the Bloom perspectives in its bloom/ folder, and every statement the adapter sent
// in a recorded run, with its parameters declared.
//
//   node lint.mjs CYPHER_DIR [SENT_STATEMENTS.json]
//
// SENT_STATEMENTS.json is a list of {"name", "text", "parameters"} objects. A file under write/
// or read/ takes its parameters from the statements sent from it; a file under queries/ from
// its header's ":param name => value" lines. Prints one line per diagnostic and a summary;
// exits 1 when there is any diagnostic (errors and warnings alike).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

// The graph as docs/graph-model.md describes it: a misspelt label, type or property is reported.
const graph = {
  labels: ['Paper', 'Entity', 'Model', 'Benchmark', 'Dataset', 'Method', 'Repo', 'Result', 'ContextLength'],
  relationshipTypes: ['INTRODUCES', 'MENTIONS', 'EVALUATED_ON', 'REPORTS', 'OF', 'ON', 'HAS_CODE', 'STATES'],
  propertyKeys: [
    'id', 'name', 'kind', 'aliases', 'url', 'title', 'abstract', 'arxivId', 'date', 'authors', 'source', 'contentHash', 'ingestedAt',
    'paperId', 'value', 'unit', 'metric', 'text', 'tokens', 'subjectId', 'ordinal', 'verified', 'writtenName', 'params',
    'contextWindow', 'contextLengths', 'evField', 'evStart', 'evEnd', 'evSentence', 'evRule',
    // Keys of the adapter's parameter rows that are not stored as properties.
    'fromId', 'toId',
  ],
  // Neo4j's function and procedure signatures as the package ships them, so a misspelt call is reported.
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
};

const [cypherDir, sentFile] = process.argv.slice(2);
if (!cypherDir) {
  console.error('usage: node lint.mjs CYPHER_DIR [SENT_STATEMENTS.json]');
  process.exit(2);
}

const sent = sentFile ? JSON.parse(readFileSync(sentFile, 'utf8')) : [];
const sentByName = new Map();
for (const statement of sent) {
  if (!sentByName.has(statement.name)) sentByName.set(statement.name, statement.parameters);
}

function cypherFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return cypherFiles(path);
    return path.endsWith('.cypher') ? [path] : [];
  }).sort();
}

// Browser's ":param name => value" lines in a header comment declare a query's parameters.
function headerParameters(text) {
  const parameters = {};
  for (const match of text.matchAll(/:param\s+(\w+)\s*=>\s*([^;]+);/g)) {
    parameters[match[1]] = JSON.parse(match[2].trim().replace(/^'(.*)'$/, '"$1"'));
  }
  return parameters;
}

const problems = [];
let linted = 0;

function lint(label, text, parameters) {
  linted++;
  const { diagnostics } = lintCypherQuery(text, { ...graph, parameters });
  for (const d of diagnostics) {
    const severity = d.severity === 1 ? 'error' : 'warning';
    problems.push(`${label}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${severity}: ${d.message}`);
  }
}

const fileTexts = new Set();
for (const path of cypherFiles(cypherDir)) {
  const name = relative(cypherDir, path).replace(/\\/g, '/').replace(/\.cypher$/, '');
  const text = readFileSync(path, 'utf8');
  fileTexts.add(text);
  let parameters = {};
  if (name.startsWith('queries/')) {
    parameters = headerParameters(text);
  } else if (name.startsWith('write/') || name.startsWith('read/')) {
    if (sentFile && !sentByName.has(name)) problems.push(`cypher/${name}.cypher: error: the adapter never sent this statement in the recorded run`);
    parameters = sentByName.get(name) ?? {};
  }
  lint(`cypher/${name}.cypher`, text, parameters);
}

// Bloom search phrases: each template's Cypher, with its $parameters declared by data type.
const samples = { String: 'text', Integer: 1, Float: 1.5, Boolean: true };
const bloomDir = join(cypherDir, 'bloom');
const perspectives = existsSync(bloomDir) ? readdirSync(bloomDir).filter((f) => f.endsWith('.json')).map((f) => join(bloomDir, f)) : [];
for (const path of perspectives) {
  const perspective = JSON.parse(readFileSync(path, 'utf8'));
  for (const template of perspective.templates ?? []) {
    const parameters = Object.fromEntries(template.params.map((p) => [p.name.replace(/^\$/, ''), samples[p.dataType] ?? 'text']));
    lint(`${relative(cypherDir, path)} "${template.text}"`, template.cypher, parameters);
  }
}

// A sent statement that is a whole file was linted above with its parameters; the rest (the
// schema file's statements, one by one) are linted as sent.
for (const statement of new Map(sent.map((s) => [s.text, s])).values()) {
  if (fileTexts.has(statement.text)) continue;
  lint(`sent ${statement.name}`, statement.text, statement.parameters);
}

for (const problem of problems) console.log(problem);
console.log(`cypher-lint: ${linted} statements linted, ${problems.length} diagnostics`);
process.exit(problems.length === 0 ? 0 : 1);
