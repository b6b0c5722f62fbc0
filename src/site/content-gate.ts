/**
 * In `npm start`, a scenario saved with a mistake — a malformed field, or a "safe" claim the
 * checker refutes — must not go unnoticed in a terminal nobody watches while the pages keep
 * rendering. The gate re-checks the scenarios when one changes, and while any problem remains it
 * answers every page request with an error page that names the file and the field. The page
 * loads Vite's client, so the browser reloads by itself once the file is fixed and saved.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { challengeReport } from '../scenarios/challenges';
import { checkClaimsCached } from '../scenarios/claims';
import { loadScenarioFiles } from '../scenarios/load';
import { ContentError } from '../schemas/errors';
import { LESSONS_DIR } from './lessons';

export const SCENARIOS_DIR = 'content/scenarios';

/**
 * Every problem with the scenarios in `dir`, one line each (file, field, hint); [] when fine.
 * Claims and challenges are checked through the verdict cache (an unchanged scenario and model are not
 * re-explored); `log` hears each claim's and challenge's time.
 */
export function scenarioProblems(
  dir = SCENARIOS_DIR,
  log: (line: string) => void = () => {},
): string[] {
  try {
    const claims = loadScenarioFiles(dir).flatMap(({ file, scenario }) => {
      const r = checkClaimsCached(scenario, file);
      for (const t of r.times)
        log(
          `${file} ${t.claim}: ${t.ms.toFixed(1)} ms${r.cached ? ' (cached, not re-explored)' : ''}`,
        );
      return r.problems;
    });
    const { problems } = challengeReport({ scenarios: dir, lessons: LESSONS_DIR }, log);
    return [...claims, ...problems];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page shown instead of the site while the content is broken. */
export function errorPage(problems: string[]): string {
  const items = problems.map((p) => `<li><code>${escapeHtml(p)}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Content error — Balloon Lab</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
code{white-space:pre-wrap;overflow-wrap:anywhere}li{margin-bottom:.75rem}</style></head>
<body><main>
<h1>The course content has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}</h1>
<p>Fix ${problems.length === 1 ? 'it' : 'them'} and save: this page reloads by itself.</p>
<ul>
${items}
</ul>
</main></body>
</html>`;
}

/** A page navigation, as opposed to a module, style or asset request from an open page. */
const isPageRequest = (req: IncomingMessage) =>
  req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');

type Next = () => void;

/** The gate for `dir`: refresh() re-checks (call it when a file changes); middleware() serves. */
export function contentGate(dir = SCENARIOS_DIR) {
  let problems = scenarioProblems(dir);
  return {
    refresh(): string[] {
      problems = scenarioProblems(dir);
      return problems;
    },
    middleware(req: IncomingMessage, res: ServerResponse, next: Next): void {
      if (problems.length === 0 || !isPageRequest(req)) return next();
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(errorPage(problems));
    },
  };
}
