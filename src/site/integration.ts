/**
 * The Astro integration that checks the course before anything is built, so `npm run build`,
 * `npm start` and `npm run check` all stop on a malformed lesson with a message naming the file.
 */
import type { AstroIntegration } from 'astro';
import { readCourse } from './lessons';

export function courseValidation(): AstroIntegration {
  return {
    name: 'balloon-lab:course-validation',
    hooks: {
      'astro:config:setup': ({ addWatchFile, config }) => {
        readCourse();
        addWatchFile(new URL('../../content/lessons/', config.root));
      },
    },
  };
}
