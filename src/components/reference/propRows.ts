/**
 * The props tables of the component reference pages (/widgets/<name>/), generated from the same
 * zod schema each component validates its props with (src/components/props/): name, type,
 * whether it is required, default, meaning (the schema's .describe()) and, for a closed set, every
 * value accepted. The table cannot drift from what the build accepts.
 */
import { schemaFields } from '../../schemas/fields';
import { COMPONENT_PROPS } from '../props';

/** One row of a props table. Text in `backticks` is shown as code. */
export interface PropRow {
  name: string;
  type: string;
  required: boolean;
  /** What happens when the prop is left out, as code; absent when nothing is filled in. */
  default?: string;
  meaning: string;
  /** Every value the build accepts, when the set is closed. */
  values?: readonly string[];
}

/** A default value as it would be written in a lesson. */
const shown = (value: unknown) =>
  `\`${typeof value === 'string' ? JSON.stringify(value) : String(value)}\``;

/** The rows for src/components/<component>.astro, in declaration order; [] when it takes none. */
export function propRows(component: string): PropRow[] {
  const schema = COMPONENT_PROPS[component];
  if (!schema) {
    throw new Error(
      `reference page for <${component}>: no props schema; add one to src/components/props/index.ts`,
    );
  }
  return schemaFields(schema()).map((row) => ({
    name: row.path,
    type: row.values ? 'text' : row.type,
    required: row.required,
    default: row.default === undefined ? undefined : shown(row.default),
    meaning: row.description,
    values: row.values,
  }));
}
