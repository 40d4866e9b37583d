// Reads conformance cases as JSON on stdin and prints what graphql-js 16.9 makes of each, one result per case.
'use strict';
const graphql = require('graphql');

function errorsOf(errors) {
  return (errors || []).map((e) => ({ message: e.message, locations: e.locations || null, path: e.path || null }));
}

function runCase(c) {
  try {
    if (c.kind === 'print') {
      const printed = graphql.print(graphql.parse(c.query));
      return { printed, reprinted: graphql.print(graphql.parse(printed)) };
    }
    if (c.kind === 'printSchema') {
      return { printed: graphql.printSchema(graphql.buildSchema(c.schema)) };
    }
    if (c.kind === 'clientSchema') {
      return { printed: graphql.printSchema(graphql.buildClientSchema(c.introspection)) };
    }
    const schema = graphql.buildSchema(c.schema);
    let document;
    try {
      document = graphql.parse(c.query);
    } catch (e) {
      return { errors: errorsOf([e]), hasData: false };
    }
    const validationErrors = graphql.validate(schema, document);
    if (validationErrors.length > 0) {
      return { errors: errorsOf(validationErrors), hasData: false };
    }
    const result = graphql.executeSync({
      schema,
      document,
      rootValue: c.root || {},
      variableValues: c.variables || undefined,
      operationName: c.operationName || undefined,
      fieldResolver: (source, args, context, info) =>
        info.fieldName.startsWith('echo') ? JSON.stringify(args) : graphql.defaultFieldResolver(source, args, context, info),
    });
    const hasData = Object.prototype.hasOwnProperty.call(result, 'data');
    return { data: hasData ? result.data : null, errors: errorsOf(result.errors), hasData };
  } catch (e) {
    return { crash: String(e && e.message) };
  }
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  const cases = JSON.parse(input);
  process.stdout.write(JSON.stringify(cases.map(runCase)));
});
