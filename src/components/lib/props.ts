/**
 * Prop validation for MDX-facing components. A wrong prop in a lesson fails the build with the
 * lesson's file, the component, the prop, the bad value and a hint, e.g.
 *   content/lessons/06-removing-the-page-lock.mdx: <Lab scenario="isolate-vs-deflat">: unknown
 *   scenario (did you mean isolate-vs-deflate?)
 */
import { nearest as closest } from '../../model/suggest';
import { readCourse } from '../../site/lessons';
import { ContentError } from '../../schemas/errors';

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

/** Throws a PropError unless `value` is one of `allowed`; returns it typed otherwise. */
export function oneOf<T extends string>(
  where: { url: URL; component: string; prop: string; what: string },
  value: unknown,
  allowed: readonly T[],
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
    return value as T;
  const shown = typeof value === 'string' ? value : JSON.stringify(value);
  const hint = typeof value === 'string' ? closest(value, allowed) : undefined;
  const help = hint ? `did you mean ${hint}?` : `expected one of: ${allowed.join(', ')}`;
  throw new PropError(
    `${sourceOf(where.url)}: <${where.component} ${where.prop}="${shown}">: unknown ${where.what} (${help})`,
  );
}
