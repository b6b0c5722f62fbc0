import AxeBuilder from '@axe-core/playwright';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** WCAG 2.1 A and AA: the level the course promises. No rule is ever disabled or excluded. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type AxeViolations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

interface AxeRule {
  ruleId: string;
  tags: string[];
}

/**
 * axe skips rules tagged 'experimental' even when their WCAG tag is selected, and
 * label-content-name-mismatch (WCAG 2.5.3, the Starlight search defect) is one of them. We switch
 * on every experimental rule that carries one of our tags, read from the very axe-core copy that
 * @axe-core/playwright injects, so an axe upgrade cannot silently shrink the set.
 */
function experimentalWcagRules(): Record<string, { enabled: true }> {
  const builder = createRequire(import.meta.url).resolve('@axe-core/playwright');
  const axe = createRequire(builder)('axe-core') as { getRules(tags: string[]): AxeRule[] };
  const rules = axe.getRules(AXE_TAGS).filter((rule) => rule.tags.includes('experimental'));
  return Object.fromEntries(rules.map((rule) => [rule.ruleId, { enabled: true }]));
}

const EXTRA_RULES = experimentalWcagRules();

/** axe over the page, or only over the elements `include` selects (a widget on a long page). */
export async function runAxe(page: Page, include?: string): Promise<AxeViolations> {
  // options() replaces everything withTags() set, so it must come first.
  const builder = new AxeBuilder({ page }).options({ rules: EXTRA_RULES }).withTags(AXE_TAGS);
  if (include) builder.include(include);
  return (await builder.analyze()).violations;
}

/** One line per violation, for an assertion diff: rule id, its help text, the selectors. */
export function describeViolations(violations: AxeViolations): string[] {
  return violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' ')).join(' | ');
    return `${violation.id}: ${violation.help} -> ${targets}`;
  });
}

/** The full story per offending element (axe's failure summary), for the failure message. */
export function formatViolations(violations: AxeViolations): string {
  const blocks = violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const why = node.failureSummary?.replace(/\n/g, '\n      ') ?? '';
      return `  ${violation.id} (${violation.impact}) at ${node.target.join(' ')}\n      ${why}`;
    }),
  );
  return blocks.length > 0 ? `axe found:\n${blocks.join('\n')}\n` : '';
}

/** Fails the test with axe's full story when the page has any violation. */
export async function expectNoAxe(page: Page, include?: string): Promise<void> {
  const violations = await runAxe(page, include);
  expect(describeViolations(violations), formatViolations(violations)).toEqual([]);
}
