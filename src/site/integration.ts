/**
 * The Astro integration that checks the course before anything is built, so `npm run build`,
 * `npm start` and `npm run check` all stop on a malformed lesson or scenario with a message naming
 * the file — and that reloads the browser in `npm start` when a scenario file changes, since
 * scenarios are read by components rather than imported as modules.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { checkClaimsCached } from '../scenarios/claims';
import { loadScenarios } from '../scenarios/load';
import { LESSONS_DIR, readCourse } from './lessons';

const SCENARIOS_DIR = 'content/scenarios';

/**
 * Loads every scenario and checks its claims with the model (verdicts cached by content hash);
 * logs each claim's time; throws every problem at once.
 */
function validateScenarios(log: (line: string) => void = () => {}): void {
  const problems = loadScenarios(SCENARIOS_DIR).flatMap((scenario) => {
    const file = `${SCENARIOS_DIR}/${scenario.id}.yaml`;
    const r = checkClaimsCached(scenario, file);
    for (const t of r.times)
      log(
        `${file} ${t.claim}: ${t.ms.toFixed(1)} ms${r.cached ? ' (cached, not re-explored)' : ''}`,
      );
    return r.problems;
  });
  if (problems.length > 0) throw new Error(`Invalid scenario claims:\n${problems.join('\n')}`);
}

export function courseValidation(): AstroIntegration {
  return {
    name: 'balloon-lab:course-validation',
    hooks: {
      'astro:config:setup': ({ addWatchFile, logger }) => {
        // Lesson titles and order feed the sidebar, which is computed with the config: a change
        // to a lesson's frontmatter or a new lesson restarts the dev server.
        for (const lesson of readCourse()) addWatchFile(resolve(lesson.file));
        addWatchFile(resolve(LESSONS_DIR));
        validateScenarios((line) => logger.info(line));
      },
      'astro:server:setup': ({ server, logger }) => {
        const dir = resolve(SCENARIOS_DIR);
        server.watcher.add(dir);
        const reload = (file: string) => {
          if (!file.startsWith(dir)) return;
          try {
            validateScenarios();
            logger.info(`${file} changed: reloading the pages`);
          } catch (error) {
            logger.error((error as Error).message);
          }
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
      },
    },
  };
}
