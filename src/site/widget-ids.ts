/**
 * The `id` props of the components a lesson uses (<Quiz id="…">, <Predict id="…">, any widget
 * that takes one). A learner's progress is stored under these ids, so two widgets with one id
 * would share — and overwrite — one record: the course must not build with a repeated id.
 */

/** One component tag with a literal `id` prop, and where it is. */
export interface WidgetId {
  component: string;
  id: string;
  file: string;
  line: number;
}

/** The index just past the `>` closing the tag that starts at `start`, skipping quotes and braces. */
function tagEnd(text: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '>' && depth === 0) return i + 1;
  }
  return text.length;
}

/** The attribute text with every `{…}` expression blanked, so ids inside options are not seen. */
function topLevel(attributes: string): string {
  let depth = 0;
  let quote = '';
  let out = '';
  for (const c of attributes) {
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    out += depth > 0 || c === '}' ? ' ' : c;
  }
  return out;
}

/** One `<Component …>` tag of an MDX file: its name, the text of its attributes, its line. */
export interface ComponentTag {
  component: string;
  attributes: string;
  line: number;
}

/** Every tag whose name starts with a capital letter (a component, not HTML), in order. */
export function componentTags(text: string): ComponentTag[] {
  return [...text.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)].map((match) => {
    const start = match.index + match[0].length;
    return {
      component: match[1],
      attributes: text.slice(start, tagEnd(text, start)).replace(/\/?>$/, ''),
      line: text.slice(0, match.index).split('\n').length,
    };
  });
}

/** Every `<Component … id="x">` (or `id={'x'}`) in an MDX file's text, in order. */
export function widgetIds(text: string, file: string): WidgetId[] {
  const found: WidgetId[] = [];
  for (const { component, attributes, line } of componentTags(text)) {
    const literal = /(?:^|\s)id=(?:"([^"]*)"|'([^']*)')/.exec(topLevel(attributes));
    const braced = /(?:^|\s)id=\{\s*(?:"([^"]*)"|'([^']*)')\s*\}/.exec(attributes);
    const id = literal?.[1] ?? literal?.[2] ?? braced?.[1] ?? braced?.[2];
    if (id !== undefined) found.push({ component, id, file, line });
  }
  return found;
}

/** One line per id used more than once in the course, naming both places. */
export function repeatedIds(ids: WidgetId[]): string[] {
  return ids.flatMap((entry, i) => {
    const first = ids.find((other) => other.id === entry.id);
    if (!first || ids.indexOf(first) === i) return [];
    return [
      `${entry.file}:${entry.line}: <${entry.component} id="${entry.id}">: id '${entry.id}' is also used by <${first.component}> at ${first.file}:${first.line} (progress is stored by id: give each widget its own)`,
    ];
  });
}
