/**
 * /cards/<lesson>.png: each lesson's social card (src/site/cards), drawn at build time and named
 * by the lesson's og:image.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { basename } from 'node:path';
import { allScenarios } from '../../components/lib/model';
import { lessonCardPng } from '../../site/cards/build';
import { parseLessonFileName } from '../../site/lessons';

export const getStaticPaths = (async () => {
  const lessons = await getCollection('lessons');
  return lessons.map((lesson) => ({ params: { lesson: lesson.id }, props: { lesson } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ lesson: CollectionEntry<'lessons'> }> = async ({ props }) => {
  const { lesson } = props;
  const order = parseLessonFileName(basename(lesson.filePath ?? ''))?.order ?? 0;
  const png = await lessonCardPng(
    { order, title: lesson.data.title, body: lesson.body ?? '' },
    allScenarios(),
  );
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
