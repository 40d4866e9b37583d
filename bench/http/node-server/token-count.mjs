// PaperGraph's TokenCount scalar: 128000, "128K" or "1M" in, always an integer out.
import { GraphQLError, Kind } from 'graphql';

const parse = (value) => {
  if (Number.isInteger(value)) return value;
  const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*$/.exec(value) : null;
  if (!match) throw new GraphQLError(`TokenCount cannot represent ${JSON.stringify(value)}`);
  const scale = { '': 1, k: 1000, m: 1000000 }[match[2].toLowerCase()];
  return Math.round(Number(match[1]) * scale);
};

export const tokenCount = {
  serialize: (value) => value,
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT) return parse(Number(ast.value));
    if (ast.kind === Kind.STRING) return parse(ast.value);
    throw new GraphQLError('TokenCount must be an integer or a string such as "128K"');
  },
};
