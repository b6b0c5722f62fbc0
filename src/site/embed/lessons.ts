/** The lessons in course order, for the embed routes (content collection entries → RouteLesson). */
import { getCollection } from 'astro:content';
import { basename } from 'node:path';
import { parseLessonFileName } from '../lessons';
import type { RouteLesson } from './routes';

export async function courseLessons(): Promise<RouteLesson[]> {
  const entries = await getCollection('lessons');
  const order = (filePath = '') => parseLessonFileName(basename(filePath))?.order ?? 0;
  return entries
    .sort((a, b) => order(a.filePath) - order(b.filePath))
    .map((e) => ({ id: e.id, title: e.data.title, body: e.body ?? '' }));
}
