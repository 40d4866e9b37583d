// Runs graphql-http's server audits (the GraphQL-over-HTTP conformance checks) against the URL
// given as the only argument and prints one JSON array: id, level, name, status and reason of
// every audit. Exits 0 whenever the audits ran, so the caller judges the results.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({
    id: result.id,
    level: result.name.split(' ', 1)[0],
    name: result.name,
    status: result.status,
    reason: result.status === 'ok' ? null : result.reason,
  });
}
console.log(JSON.stringify(results, null, 2));
