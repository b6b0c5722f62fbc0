/**
 * The props a lesson passes to a component, read from one MDX tag the way MDX would pass them:
 * "text" and 'text' as strings, a bare name as true, and {expression} evaluated. Test-only: lets
 * the component fixtures be written as lessons write them.
 */
import { componentTags } from '../../src/site/widget-ids';

/** The end of a `{…}` expression starting at `start` (the index of `{`), skipping quoted text. */
function expressionEnd(text: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error(`unclosed {expression} in ${text}`);
}

/** The props of the attributes text of one tag. */
export function tagProps(attributes: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const name = /\s*([A-Za-z][\w-]*)/y;
  for (let i = 0; (name.lastIndex = i), name.exec(attributes);) {
    const key = /\s*([A-Za-z][\w-]*)/y.exec(attributes.slice(i))![1];
    i = name.lastIndex;
    const next = attributes[i];
    if (next !== '=') {
      props[key] = true;
      continue;
    }
    const open = attributes[i + 1];
    if (open === '{') {
      const end = expressionEnd(attributes, i + 1);
      props[key] = new Function(`return (${attributes.slice(i + 2, end - 1)});`)();
      i = end;
    } else {
      const end = attributes.indexOf(open, i + 2);
      props[key] = attributes.slice(i + 2, end);
      i = end + 1;
    }
  }
  return props;
}

/** The one component tag of an MDX fixture: its name and props. */
export function fixtureTag(text: string): { component: string; props: Record<string, unknown> } {
  const [tag] = componentTags(text);
  return { component: tag.component, props: tagProps(tag.attributes) };
}
