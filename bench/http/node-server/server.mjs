// graphql-http on node serving PaperGraph's schema.graphql, the baseline of bench/http/run.
// Usage: node server.mjs SCHEMA_FILE DATA_FILE PORT, where DATA_FILE is PaperGraph's answer to
// ../export.graphql. Resolves the fields the bench asks for the way PaperGraph does: models and
// benchmarks by name, `named` matching any name or alias by its letters and digits, and
// HotChocolate-style `where` filters (and/or, scalar operators, some/all/none/any on lists).
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { tokenCount } from './token-count.mjs';
import { matches, nameKey } from './filters.mjs';

const [schemaFile, dataFile, port] = process.argv.slice(2);
if (!port) {
  console.error('usage: node server.mjs SCHEMA_FILE DATA_FILE PORT');
  process.exit(2);
}

const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
Object.assign(schema.getType('TokenCount'), tokenCount);

const exported = JSON.parse(readFileSync(dataFile, 'utf8')).data;
const withNameKeys = (entity) => ({ ...entity, nameKeys: new Set([entity.name, ...entity.aliases].map(nameKey)) });
const models = exported.models.nodes.map((m) => withNameKeys({ ...m, evaluations: [] }));
const modelsById = new Map(models.map((m) => [m.id, m]));
const benchmarks = exported.benchmarks.nodes.map((b) => {
  const benchmark = withNameKeys({ ...b, evaluations: [] });
  for (const e of b.evaluations.nodes) {
    const evaluation = { id: e.id, model: modelsById.get(e.model.id), benchmark, contextLength: e.contextLength };
    benchmark.evaluations.push(evaluation);
    evaluation.model.evaluations.push(evaluation);
  }
  return benchmark;
});

/** A connection over items as PaperGraph pages them: the first `first` (default 50). */
const connection = (items, { first = 50 } = {}) => ({ totalCount: items.length, nodes: items.slice(0, first) });

const rootValue = {
  model: ({ name }) => models.find((m) => m.nameKeys.has(nameKey(name))) ?? null,
  models: (args) => connection(models.filter((m) => matches(m, args.where)), args),
  benchmarks: (args) => connection(benchmarks.filter((b) => matches(b, args.where)), args),
};

http.createServer(createHandler({ schema, rootValue })).listen(Number(port), '127.0.0.1', () => {
  console.log(`graphql-http listening on http://127.0.0.1:${port}/graphql`);
});
