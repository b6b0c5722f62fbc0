/**
 * The Astro integration that checks the course before anything is built, so `npm run build`,
 * `npm start` and `npm run check` all stop on a malformed lesson or scenario with a message naming
 * the file — and that, in `npm start`, re-checks the scenarios whenever one changes and shows the
 * problems in the browser (./content-gate.ts) until they are fixed.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { contentGate, SCENARIOS_DIR, scenarioProblems } from './content-gate';
import { ContentError } from '../schemas/errors';
import { LESSONS_DIR, readCourse } from './lessons';

/**
 * The zod that astro/zod means. Two copies are installed (astro's 3.x, and a 4.x that another
 * package hoisted), and the production bundle resolved astro/zod's `import 'zod'` to the hoisted
 * 4.x: schemas then had another shape, and the authoring guide's field tables came out empty
 * while `npm start`, which does not bundle, showed them. Pinning the alias makes build, dev
 * server and tests use one zod.
 */
function astroZodDir(): string {
  const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
  return dirname(fromAstro.resolve('zod/package.json'));
}

export function courseValidation(): AstroIntegration {
  return {
    name: 'balloon-lab:course-validation',
    hooks: {
      'astro:config:setup': ({ addWatchFile, updateConfig, logger }) => {
        updateConfig({
          vite: { resolve: { alias: [{ find: /^zod$/, replacement: astroZodDir() }] } },
        });
        // Lesson titles and order feed the sidebar, which is computed with the config: a change
        // to a lesson's frontmatter or a new lesson restarts the dev server.
        for (const lesson of readCourse()) addWatchFile(resolve(lesson.file));
        addWatchFile(resolve(LESSONS_DIR));
        const problems = scenarioProblems(SCENARIOS_DIR, (line) => logger.info(line));
        if (problems.length > 0) throw new ContentError(problems, 'Invalid scenarios');
      },
      'astro:server:setup': ({ server, logger }) => {
        const gate = contentGate(SCENARIOS_DIR);
        server.middlewares.use(gate.middleware);
        const dir = resolve(SCENARIOS_DIR);
        server.watcher.add(dir);
        const reload = (file: string) => {
          if (!file.startsWith(dir)) return;
          const problems = gate.refresh();
          if (problems.length > 0) logger.error(`Invalid scenarios:\n${problems.join('\n')}`);
          else logger.info(`${file} changed: reloading the pages`);
          server.ws.send({ type: 'full-reload' });
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, reload);
      },
    },
  };
}
