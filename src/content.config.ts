// Wiring only: the schemas live in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { lessonFrontmatter } from './schemas/lesson';
import { LESSONS_DIR, parseLessonFileName } from './site/lessons';

/** Lessons: content/lessons/NN-slug.mdx, rendered at /lessons/slug/ by src/pages/lessons/. */
const lessons = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `./${LESSONS_DIR}`,
    generateId: ({ entry }) => parseLessonFileName(entry)?.id ?? entry.replace(/\.mdx$/, ''),
  }),
  schema: lessonFrontmatter,
});

/** Course pages that are not lessons (about, references, …): content/pages/*.mdx at /slug/. */
const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/pages' }),
  schema: docsSchema(),
});

export const collections = { docs, lessons };
