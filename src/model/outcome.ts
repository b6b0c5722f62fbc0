/**
 * Terminal states, named. An outcome joins what each CPU ended up doing into a stable id
 * ("A:isolate-refused-deflated,B:deflate-took-P") and a sentence a learner can read.
 */
import { bit, popcount } from './programs/files';
import { cpuStatus, isTerminal } from './status';
import type { CpuState, KernelState, Outcome } from './types';

type Part = { id: string; sentence: string };

/** The named outcome of a terminal state, or null while some CPU can still run. */
export function outcome(s: KernelState): Outcome | null {
  if (!isTerminal(s)) return null;
  const parts = s.cpus.map((c, i) => ({ name: c.name, part: cpuPart(s, i) }));
  const sentence = parts.map((p) => p.part.sentence).join('; ');
  return {
    id: parts.map((p) => `${p.name}:${p.part.id}`).join(','),
    sentence: sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.',
  };
}

function cpuPart(s: KernelState, i: number): Part {
  const c = s.cpus[i];
  const st = cpuStatus(s, i);
  if (st.kind === 'blocked')
    return { id: 'stuck', sentence: `CPU ${c.name} is stuck ${st.reason}` };
  if (c.crashed) return { id: 'bug', sentence: `CPU ${c.name} hit BUG()` };
  if (c.program === 'inflate')
    return {
      id: 'inflated',
      sentence: `inflate (${c.name}) put ${s.pages[c.page].name} in the balloon`,
    };
  return c.program === 'deflate' ? deflatePart(s, c) : isolatePart(s, c);
}

const names = (s: KernelState, mask: number): string =>
  s.pages.flatMap((p, i) => (mask & bit(i) ? [p.name] : [])).join('+');

function deflatePart(s: KernelState, c: CpuState): Part {
  const parts: Array<[string, string]> = [];
  if (c.took)
    parts.push([`took-${names(s, c.took)}`, `took ${names(s, c.took).replace('+', ' and ')}`]);
  if (c.skipped) {
    const p = names(s, c.skipped);
    parts.push([`skipped-${p}`, `skipped ${p} because its page lock was held`]);
  }
  if (popcount(c.took) < c.count) parts.push(['short', 'came back short']);
  // leak_balloon() clamped the request to vb->num_pages = 0: there was nothing to ask for.
  if (!parts.length) parts.push(['nothing', 'had no pages to give back']);
  const id = parts.map(([i]) => i).join('-');
  return {
    id: `deflate-${id}`,
    sentence: `deflate (${c.name}) ${parts.map(([, t]) => t).join(', ')}`,
  };
}

const ISOLATE_SENTENCES: Record<string, string> = {
  'not-movable': 'passed over $P: not a movable_ops page at that moment',
  busy: 'found $P already isolated and left it',
  gone: 'could not get a reference to $P: it was being freed',
  locked: 'could not lock $P and gave up',
  deflated: 'was refused $P: the page already got deflated',
  'not-yet-inflated': 'was refused $P: its page->private was not set yet (still inflating)',
  putback: 'isolated $P and put it back',
  'putback-lost': 'isolated $P but could not put it back: its page->private was 0',
  migrated: 'migrated $P to $Q',
  'migrate-failed': 'isolated $P, migration failed with -EAGAIN, and it put $P back',
};

/** Every way an isolate can end, as its outcome part says after `isolate-`. */
export const ISOLATE_RESULTS: readonly string[] = Object.keys(ISOLATE_SENTENCES);

function isolatePart(s: KernelState, c: CpuState): Part {
  const text = ISOLATE_SENTENCES[c.result] ?? `ended with ${c.result}`;
  const q = c.newpage >= 0 ? s.pages[c.newpage].name : '?';
  const sentence = `compaction (${c.name}) ${text.replaceAll('$P', s.pages[c.page].name).replaceAll('$Q', q)}`;
  return { id: `isolate-${c.result}`, sentence };
}
