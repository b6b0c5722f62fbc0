/**
 * Turns a zod object schema into rows for a documentation table: field path, type, whether it is
 * required, and its .describe() text. The authoring guide renders the lesson and scenario formats
 * from the very schemas the build validates with, so the docs cannot drift from the rules.
 *
 * Schemas are inspected by their `_def.typeName` rather than with instanceof: the build may bundle
 * its own copy of zod, and a class from one copy is not an instance of the other's.
 */
import type { z } from 'astro/zod';

export interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
  /** The value used when the field is left out, when the schema gives one. */
  default?: unknown;
  /** Every value accepted, when the set is closed (an enum). */
  values?: readonly string[];
}

type Def = {
  typeName?: string;
  innerType?: z.ZodTypeAny;
  schema?: z.ZodTypeAny;
  type?: z.ZodTypeAny;
  values?: string[];
  value?: unknown;
  shape?: () => Record<string, z.ZodTypeAny>;
  checks?: Array<{ kind: string }>;
  defaultValue?: () => unknown;
};

const defOf = (schema: z.ZodTypeAny) => schema._def as Def;
const kind = (schema: z.ZodTypeAny) => defOf(schema).typeName ?? '';

/** Strips wrappers that only change optionality or add defaults/refinements. */
export function unwrap(schema: z.ZodTypeAny): { inner: z.ZodTypeAny; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const k = kind(inner);
    if (k === 'ZodOptional' || k === 'ZodDefault') optional = true;
    if (k === 'ZodOptional' || k === 'ZodDefault' || k === 'ZodNullable')
      inner = defOf(inner).innerType!;
    else if (k === 'ZodEffects') inner = defOf(inner).schema!;
    else return { inner, optional };
  }
}

/** The fields of an object schema (after unwrapping), or null when it is not an object. */
export function shapeOf(schema: z.ZodTypeAny): Record<string, z.ZodTypeAny> | null {
  const { inner } = unwrap(schema);
  return kind(inner) === 'ZodObject' ? defOf(inner).shape!() : null;
}

/** The element schema of a list (after unwrapping), or null. */
export function elementOf(schema: z.ZodTypeAny): z.ZodTypeAny | null {
  const { inner } = unwrap(schema);
  return kind(inner) === 'ZodArray' ? defOf(inner).type! : null;
}

/** A short human name of a schema's type. */
function typeName(schema: z.ZodTypeAny): string {
  const { inner } = unwrap(schema);
  const element = elementOf(inner);
  switch (kind(inner)) {
    case 'ZodEnum':
      return defOf(inner).values!.join(' | ');
    case 'ZodArray':
      return `list of ${typeName(element!)}`;
    case 'ZodObject':
      return 'object';
    case 'ZodNumber':
      return defOf(inner).checks?.some((c) => c.kind === 'int') ? 'whole number' : 'number';
    case 'ZodString':
      return 'text';
    case 'ZodBoolean':
      return 'true | false';
    case 'ZodLiteral':
      return JSON.stringify(defOf(inner).value);
    default:
      return kind(inner).replace(/^Zod/, '').toLowerCase() || 'value';
  }
}

/** The default a field declares (outermost first), or undefined. */
function defaultOf(schema: z.ZodTypeAny): unknown {
  for (let current: z.ZodTypeAny | undefined = schema; current;) {
    const def = defOf(current);
    if (def.typeName === 'ZodDefault') return def.defaultValue!();
    current = def.innerType ?? def.schema;
  }
  return undefined;
}

/** Every field of an object schema, nested objects and lists of objects included. */
export function schemaFields(schema: z.ZodTypeAny, prefix = ''): FieldRow[] {
  return Object.entries(shapeOf(schema) ?? {}).flatMap(([key, field]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const { inner, optional } = unwrap(field);
    const row = {
      path,
      type: typeName(field),
      required: !optional,
      description: field.description ?? inner.description ?? '',
      default: defaultOf(field),
      values: kind(inner) === 'ZodEnum' ? defOf(inner).values : undefined,
    };
    const element = elementOf(inner);
    const nested = element ? schemaFields(element, `${path}[]`) : schemaFields(inner, path);
    return [row, ...nested];
  });
}
