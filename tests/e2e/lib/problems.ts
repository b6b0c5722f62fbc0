import type { Page } from 'playwright-core';

/**
 * Starts listening for everything that should never happen on a page: console errors, uncaught
 * exceptions, requests that failed or answered >= 400. Requests to other hosts are aborted by
 * newPage()'s route, so they show up here as failed requests (ERR_BLOCKED_BY_CLIENT).
 * Returns a live list; read it after the page has settled.
 */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    const what = reason.includes('BLOCKED_BY_CLIENT') ? 'off-machine request' : 'failed request';
    problems.push(`${what}: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
