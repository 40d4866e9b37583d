// HotChocolate.Data-style `where` filters over plain objects, as PaperGraph applies them.

/** PaperGraph's name key: letters and digits only, lower case ("GPT-4" and "gpt4" meet). */
export const nameKey = (name) => {
  const key = name.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  return key.length > 0 ? key : name.trim().toLowerCase();
};

const scalarOperators = {
  eq: (v, x) => v === x,
  neq: (v, x) => v !== x,
  in: (v, x) => x.includes(v),
  nin: (v, x) => !x.includes(v),
  gt: (v, x) => v != null && v > x,
  gte: (v, x) => v != null && v >= x,
  lt: (v, x) => v != null && v < x,
  lte: (v, x) => v != null && v <= x,
  contains: (v, x) => v != null && v.includes(x),
  ncontains: (v, x) => v == null || !v.includes(x),
  startsWith: (v, x) => v != null && v.startsWith(x),
  endsWith: (v, x) => v != null && v.endsWith(x),
};

const listOperators = {
  some: (items, filter) => items.some((i) => matches(i, filter)),
  all: (items, filter) => items.every((i) => matches(i, filter)),
  none: (items, filter) => !items.some((i) => matches(i, filter)),
  any: (items, wanted) => (items.length > 0) === wanted,
};

const matchesField = (value, filter) => {
  if (Array.isArray(value))
    return Object.entries(filter).every(([op, arg]) => listOperators[op](value, arg));
  if (value !== null && typeof value === 'object')
    return matches(value, filter);
  return Object.entries(filter).every(([op, arg]) => scalarOperators[op](value, arg));
};

/** True when the object passes the filter (an absent filter passes everything). */
export const matches = (object, filter) => {
  if (!filter) return true;
  return Object.entries(filter).every(([field, arg]) => {
    if (field === 'and') return arg.every((f) => matches(object, f));
    if (field === 'or') return arg.some((f) => matches(object, f));
    if (field === 'named') return object.nameKeys.has(nameKey(arg));
    return matchesField(object[field], arg);
  });
};
