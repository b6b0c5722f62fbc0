/**
 * Embedding a widget in another site: the address of its embed page (src/pages/embed/) and the
 * <iframe> snippet for it. A lab's page is per scenario and takes the run in the share link's
 * hash (the model's codec), under the scenario id itself: the embed page has one lab.
 */
import { runHash, type SharedRun } from '../../model';

/** The embed page of a lab, opened at `run` (its `scenario` is the scenario id). */
export const embedLabPath = (run: SharedRun): string =>
  `/embed/lab/${encodeURIComponent(run.scenario)}/${runHash(run)}`;

/** The embed page of a checker: a scenario under fixed variants. */
export const embedCheckerPath = (scenario: string, balloon: string, core: string): string =>
  `/embed/checker/${[scenario, balloon, core].map(encodeURIComponent).join('/')}/`;

const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet another page pastes: the embed page at `url`, named by `title`. */
export function iframeSnippet(url: string, title: string, height: number): string {
  return `<iframe src="${attribute(url)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** Heights that show each widget without an inner scroll bar at a column's width. */
export const EMBED_HEIGHT = { lab: 900, checker: 640 } as const;
