// graphql-js side of the PaperGraph GraphQL benchmark: the same schema, data and queries, run through
// execute() on pre-parsed documents and JSON.stringify, timed like the C# side. Prints JSON figures.
'use strict';
const fs = require('fs');
const { buildSchema, parse, validate, execute } = require('graphql');

const [dataFile, iterationsText, sdl, pointQuery, nestedQuery] = process.argv.slice(2);
const iterations = Number(iterationsText);
const papers = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
const byId = new Map(papers.map((p) => [p.id, p]));
const schema = buildSchema(sdl);
const rootValue = {
  paper: ({ id }) => byId.get(id) || null,
  papers: ({ first }) => papers.slice(0, first),
};

function measure(query, count) {
  const document = parse(query);
  if (validate(schema, document).length > 0) throw new Error('invalid benchmark query');
  let text = '';
  const runOnce = () => {
    text = JSON.stringify(execute({ schema, document, rootValue }));
  };
  for (let i = 0; i < Math.max(1000, count / 10); i++) runOnce();
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < count; i++) runOnce();
    const micros = Number(process.hrtime.bigint() - start) / 1000 / count;
    best = Math.min(best, micros);
  }
  return { micros: best, bytes: Buffer.byteLength(text) };
}

const point = measure(pointQuery, iterations);
const nested = measure(nestedQuery, Math.max(1000, Math.floor(iterations / 20)));
process.stdout.write(JSON.stringify({ point: point.micros, nested: nested.micros, pointBytes: point.bytes, nestedBytes: nested.bytes }));
