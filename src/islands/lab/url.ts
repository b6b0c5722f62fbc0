/**
 * The lab's side of the share link in the browser, as the lab opens: where this lab sits on the
 * page, what location.hash holds for it (decoded by the model's codec, src/model/run/link.ts),
 * and the notice it causes, rendered from the model's fixed templates with every echoed
 * identifier as <code>. Writing the hash (link.ts) loads later, with the lab's first event.
 */
import { Fragment, h, type VNode } from 'preact';
import type { LabInput } from '../../machines/labContext';
import {
  labKeys,
  linkNotice,
  readHash,
  type HashResult,
  type LabPlace,
  type NoticePart,
  type Scenario,
} from '../../model';

/** This lab's key in the hash, and every lab's on the page, read from the labs' root elements. */
export function labPlace(uid: string, scenarioId: string): LabPlace {
  const roots = [...document.querySelectorAll<HTMLElement>('[data-widget="lab"][data-scenario]')];
  const onPage = labKeys(roots.map((root) => root.dataset.scenario ?? ''));
  const mine = roots.findIndex((root) => root.dataset.lab === uid);
  return { key: onPage[mine] ?? scenarioId, onPage: mine < 0 ? [...onPage, scenarioId] : onPage };
}

/** What the current URL says about this lab. */
export function hashRun(scenario: Scenario, place: LabPlace): HashResult {
  return readHash(location.hash, scenario, place);
}

/** A notice's parts as text with identifiers in <code>, or null when there is none. */
export function noticeNode(parts: readonly NoticePart[] | null): VNode | null {
  if (!parts) return null;
  const runs = parts.map((p) => (typeof p === 'string' ? p : h('code', null, p.code)));
  return h(Fragment, null, ...runs);
}

/** How the lab starts: the machine's input, the link's notice, and whether a link opened it. */
export interface Start {
  input: LabInput;
  notice: VNode | null;
  opened: boolean;
}

/** The machine's input for a restored run (maybe cut short), or the default run. */
export function startFrom(result: HashResult, fallback: LabInput): Start {
  const notice = noticeNode(linkNotice(result));
  if (result.kind === 'run') return { input: result.run, notice, opened: true };
  return { input: fallback, notice, opened: false };
}
