/**
 * The props tables of the component reference pages (/widgets/<name>/). Names, types and whether
 * a prop is required are read from the component's own `interface Props`; the page adds the
 * default and the meaning by hand. The two are checked against each other when the site is
 * built, so a prop added, renamed or made optional in a component fails the build until its
 * reference page says so: the table cannot silently drift from the code.
 */
import { readFileSync } from 'node:fs';
import { BALLOON_VARIANTS, CORE_VARIANTS, DEFAULT_VARIANTS } from '../../model';
import { allScenarios } from '../lib/model';

/** A prop as the component's `interface Props` declares it. */
export interface DeclaredProp {
  name: string;
  type: string;
  required: boolean;
}

/** What a reference page says about a prop. Text in `backticks` is shown as code. */
export interface PropDoc {
  name: string;
  /** What happens when the prop is left out (`backticks` for code); absent for required props. */
  default?: string;
  meaning: string;
  /** Every value the build accepts, when the set is closed. */
  values?: readonly string[];
}

export type PropRow = DeclaredProp & PropDoc;

/** Removes comments so only the declarations are left to read. */
const stripComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

/** The props declared in src/components/<component>.astro, in order; [] when it takes none. */
export function declaredProps(component: string, source?: string): DeclaredProp[] {
  const text = source ?? readFileSync(`src/components/${component}.astro`, 'utf8');
  const body = /\binterface Props \{\n([\s\S]*?)\n\}/.exec(text)?.[1];
  if (body === undefined) return [];
  return [...stripComments(body).matchAll(/^\s*(\w+)(\??):\s*([^;]+);/gm)].map(
    ([, name, optional, type]) => ({ name, type: type.trim(), required: optional !== '?' }),
  );
}

/** Joins the declared props with the page's docs; throws when the two disagree. */
export function propRows(component: string, docs: PropDoc[], source?: string): PropRow[] {
  const declared = declaredProps(component, source);
  const names = (list: { name: string }[]) => list.map((p) => p.name).join(', ') || 'none';
  const documented = new Map(docs.map((d) => [d.name, d]));
  if (declared.length !== docs.length || declared.some((p) => !documented.has(p.name))) {
    throw new Error(
      `reference page for <${component}>: documents props ${names(docs)}, but the component declares ${names(declared)}`,
    );
  }
  const rows = declared.map((p) => ({ ...p, ...documented.get(p.name)! }));
  const stray = rows.find((r) => r.required && r.default !== undefined);
  if (stray) {
    throw new Error(`reference page for <${component}>: required prop ${stray.name} has a default`);
  }
  return rows;
}

/** `scenario`, the same for every model-driven component. */
export function scenarioDoc(meaning = 'The scenario to show.'): PropDoc {
  return {
    name: 'scenario',
    meaning: `${meaning} The id of a file in \`content/scenarios/\`.`,
    values: allScenarios().map((s) => s.id),
  };
}

/** `balloon`: which balloon code (kernel-model §6). */
export function balloonDoc(meaning = 'The balloon code.'): PropDoc {
  return {
    name: 'balloon',
    default: `\`${DEFAULT_VARIANTS.balloon}\``,
    meaning,
    values: BALLOON_VARIANTS.map((v) => v.id),
  };
}

/** `core`: which migration core (kernel-model §6). */
export function coreDoc(meaning = 'The migration core.'): PropDoc {
  return {
    name: 'core',
    default: `\`${DEFAULT_VARIANTS.core}\``,
    meaning,
    values: CORE_VARIANTS.map((v) => v.id),
  };
}
