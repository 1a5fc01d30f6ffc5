// A value that a JSON schema from the API document accepts, made from the schema alone:
// its example, default, const or first enum value, or a value of its type and format that
// meets its limits. Patterns are met by trying known shapes of the API's own keys.
import { randomUUID } from 'node:crypto';

const patternCandidates = [
  '2026-W48',
  '2026-11',
  '2026-T3',
  '2026',
  '2026-11-27',
  '2026-11-01..2026-11-14',
  '2026-11-27T09:00:00Z',
  'Kontrakt',
  'kontrakt@example.se',
  '0180',
  'a|b|c',
  'abc.ics',
  'QUJD',
  '09:00',
  'kontrakt_kod',
];

function stringFor(schema) {
  if (schema.format === 'uuid') return randomUUID();
  if (schema.format === 'email') return `kontrakt-${randomUUID().slice(0, 8)}@example.se`;
  if (schema.format === 'date') return '2026-11-27';
  if (schema.format === 'date-time') return '2026-11-27T09:00:00Z';
  if (schema.format === 'uri') return 'https://example.se/';
  const patterns = [schema.pattern, ...(schema.allOf ?? []).map((part) => part.pattern)].filter(
    Boolean,
  );
  const fits = (text) =>
    patterns.every((pattern) => new RegExp(pattern, 'u').test(text)) &&
    text.length >= (schema.minLength ?? 0) &&
    text.length <= (schema.maxLength ?? Infinity);
  const found = [...patternCandidates, 'Kontrakttest'].find(fits);
  if (found) return found;
  return 'K'.repeat(Math.max(1, schema.minLength ?? 1));
}

export function sampleOf(schema, seed = 1, depth = 0) {
  if (!schema || depth > 12) return null;
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  for (const key of ['anyOf', 'oneOf']) {
    if (schema[key]?.length) {
      const choice = schema[key].find((part) => part.type !== 'null') ?? schema[key][0];
      if (choice.required && !choice.type)
        return sampleOf(
          {
            ...schema,
            [key]: undefined,
            required: [...(schema.required ?? []), ...choice.required],
          },
          seed,
          depth + 1,
        );
      return sampleOf(choice, seed, depth + 1);
    }
  }
  const type = Array.isArray(schema.type)
    ? schema.type.find((item) => item !== 'null')
    : schema.type;
  switch (type) {
    case 'object': {
      const value = {};
      for (const name of schema.required ?? []) {
        value[name] = sampleOf(schema.properties?.[name] ?? {}, seed, depth + 1);
      }
      // A body that must change something (minProperties) gets its first optional fields too.
      const optional = Object.keys(schema.properties ?? {}).filter((name) => !(name in value));
      while (Object.keys(value).length < (schema.minProperties ?? 0) && optional.length > 0) {
        const name = optional.shift();
        value[name] = sampleOf(schema.properties[name], seed, depth + 1);
      }
      return value;
    }
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, schema.contains ? 1 : 0);
      // An array that must contain a kind of item (contains) is given that item.
      const item = schema.contains ? { ...schema.items, ...schema.contains } : schema.items;
      return Array.from({ length: count }, () => sampleOf(item ?? {}, seed, depth + 1));
    }
    case 'string':
      return stringFor(schema);
    case 'integer':
    case 'number': {
      const low =
        schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      const high = schema.maximum ?? low;
      return Math.min(Math.max(low, 1), high);
    }
    case 'boolean':
      return false;
    default:
      return null;
  }
}
