/**
 * The page's data blocks for islands (src/islands/lib/pageData.ts): a block's key names its
 * content — a kind, a name and a hash of the value — so equal data on one page is one block.
 */
import { createHash } from 'node:crypto';
import { BALLOON_VARIANTS, CORE_VARIANTS, programListing, type Scenario } from '../../model';
import { provideData } from '../../islands/lib/pageData';
import { highlightedHtml, type HighlightedLines } from '../../islands/lib/highlighted';
import { highlightData } from './highlight';

/** A block: the key the island's props carry, and the HTML to print before the island. */
export interface DataBlock {
  key: string;
  html: string;
}

/** JSON safe inside <script>: no `<` at all, so nothing in the data can close the element. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** The block of `value`, recorded for the islands' build-time render as well. */
export function dataBlock(kind: string, name: string, value: unknown): DataBlock {
  const json = scriptJson(value);
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 8);
  const key = `${kind}:${name.replace(/[^\w-]/g, '_')}:${hash}`;
  provideData(key, value);
  return { key, html: `<script type="application/json" id="${key}">${json}</script>` };
}

/** Every line any variant of the scenarios can show, highlighted as one piece of code. */
const codeOf = new Map<string, Promise<HighlightedLines>>();
function linesOf(scenarios: Scenario[]): Promise<HighlightedLines> {
  const lines = scenarios.flatMap((scenario) =>
    BALLOON_VARIANTS.flatMap((b) =>
      CORE_VARIANTS.flatMap((c) =>
        scenario.cpus.flatMap((_, i) =>
          programListing(scenario, { balloon: b.id, core: c.id }, i).map((line) => line.code),
        ),
      ),
    ),
  );
  const distinct = [...new Set(lines)];
  const id = distinct.join('\n');
  if (!codeOf.has(id)) codeOf.set(id, highlightData(distinct));
  return codeOf.get(id)!;
}

/**
 * The code block of the scenarios' every variant, named by their programs, not the scenarios:
 * scenarios that run the same code share one block.
 */
export async function codeData(scenarios: Scenario[]): Promise<DataBlock> {
  const programs = [...new Set(scenarios.flatMap((s) => s.cpus.map((c) => c.program)))];
  return dataBlock('code', programs.join('-'), await linesOf(scenarios));
}

/** A scenario's blocks: the scenario itself and the code of its every variant. */
export interface ScenarioData {
  scenario: DataBlock;
  code: DataBlock;
  /** The same code as HTML, for the static rendering printed at build time. */
  html: Record<string, string>;
}

/**
 * The blocks a widget of this scenario reads; switching variants in the browser needs no Shiki.
 * The scenario goes without its challenges: a lab gets its own one in its props.
 */
export async function scenarioData(scenario: Scenario): Promise<ScenarioData> {
  const { challenges: _challenges, ...played } = scenario;
  return {
    scenario: dataBlock('scenario', scenario.id, played),
    code: await codeData([scenario]),
    html: highlightedHtml(await linesOf([scenario])),
  };
}
