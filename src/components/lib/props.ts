/**
 * Prop validation for MDX-facing components. Each component declares its props as one zod schema
 * (src/components/props/); a wrong prop in a lesson fails the build with the lesson's file, the
 * component, the prop, the bad value and a hint, e.g.
 *   content/lessons/06-removing-the-page-lock.mdx: <Lab shedule="A,B">: unknown prop 'shedule'
 *   (did you mean schedule?)
 */
import { nearest as closest } from '../../model/suggest';
import { readCourse } from '../../site/lessons';
import type { z } from 'astro/zod';
import { ContentError, fieldPath } from '../../schemas/errors';
import { shapeOf } from '../../schemas/fields';

/** The source file of the page being rendered, or its URL path when it is not a lesson. */
export function sourceOf(url: URL): string {
  const match = /^\/lessons\/([^/]+)\/?$/.exec(url.pathname);
  const lesson = match ? readCourse().find((entry) => entry.id === match[1]) : undefined;
  return lesson?.file ?? url.pathname;
}

/** A wrong prop in a lesson: one content problem, `file: <Component prop="value">: message`. */
export class PropError extends ContentError {
  override name = 'PropError';

  constructor(message: string) {
    super([message]);
  }
}

/** A prop's value as a lesson writes it: `"A,B"` for text, `{3}` for anything else; long ones cut. */
function written(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : `{${JSON.stringify(value)}}`;
  return text.length > 60 ? `${text.slice(0, 56)}…${text.at(-1)}` : text;
}

/** "did you mean schedule?", else the props the component takes. */
function propHint(component: string, key: string, known: string[]): string {
  if (known.length === 0) return `<${component}> takes no props`;
  const hint = closest(key, known);
  return hint ? `did you mean ${hint}?` : `its props are ${known.join(', ')}`;
}

/** One zod issue about a component's props, in the lesson author's terms. */
function describeProp(
  component: string,
  props: Record<string, unknown>,
  issue: z.ZodIssue,
  known: string[],
) {
  const [prop, ...inner] = issue.path;
  const tag = (name: string | number) => `<${component} ${name}=${written(props[name])}>`;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map(
      (key) => `${tag(key)}: unknown prop '${key}' (${propHint(component, key, known)})`,
    );
  }
  if (prop === undefined) return [`<${component}>: ${issue.message}`];
  const where = inner.length ? `${fieldPath(inner)}: ` : '';
  if (issue.code === 'invalid_enum_value') {
    const options = issue.options.map(String);
    const hint = closest(String(issue.received), options);
    const help = hint ? `did you mean ${hint}?` : `expected one of: ${options.join(', ')}`;
    return [`${tag(prop)}: ${where}unknown ${prop} (${help})`];
  }
  if (issue.code === 'invalid_type' && issue.received === 'undefined' && !inner.length) {
    return [`<${component}>: the prop '${prop}' is required`];
  }
  if (issue.code === 'invalid_type') {
    return [`${tag(prop)}: ${where}expected ${issue.expected}, got ${issue.received}`];
  }
  return [`${tag(prop)}: ${where}${issue.message}`];
}

/**
 * The props without the `class="astro-…"` Astro adds to a component used on a page with scoped
 * styles: that one is Astro's, not the author's. Any other `class` is still refused.
 */
function withoutScopeClass(props: Record<string, unknown>): Record<string, unknown> {
  if (typeof props.class !== 'string' || !/^astro-[a-z0-9]+$/.test(props.class)) return props;
  const { class: _scope, ...rest } = props;
  return rest;
}

/**
 * Validates a component's props against its one schema and returns them parsed (defaults
 * filled in); throws a PropError naming the lesson file, the component and the prop, with a
 * did-you-mean for a misspelt prop name or value.
 */
export function checkProps<S extends z.ZodTypeAny>(
  url: URL,
  component: string,
  schema: S,
  props: Record<string, unknown>,
): z.output<S> {
  const parsed = schema.safeParse(withoutScopeClass(props));
  if (parsed.success) return parsed.data;
  const known = Object.keys(shapeOf(schema) ?? {});
  const lines = parsed.error.issues.flatMap((i) => describeProp(component, props, i, known));
  throw new PropError(`${sourceOf(url)}: ${lines.join('; ')}`);
}
