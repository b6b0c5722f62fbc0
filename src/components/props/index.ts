/**
 * Every MDX-facing component's props schema, by component name: the build validates with these
 * (see ../lib/props.ts) and the reference pages' props tables are generated from them.
 */
import type { AnyZodObject } from 'astro/zod';
import { checkerProps } from './checker';
import { labProps } from './lab';
import { modelNumberProps } from './modelNumber';
import { modelScheduleProps } from './modelSchedule';
import { noProps } from './none';
import { predictProps } from './predict';
import { quizProps } from './quiz';
import { schemaTableProps } from './schemaTable';
import { seedDiffProps } from './seedDiff';
import { traceProps } from './trace';

export const COMPONENT_PROPS: Record<string, () => AnyZodObject> = {
  Lab: labProps,
  Checker: checkerProps,
  Trace: traceProps,
  Predict: predictProps,
  Quiz: quizProps,
  BreakTheFix: noProps,
  Lifecycle: noProps,
  ModelNumber: modelNumberProps,
  ModelSchedule: modelScheduleProps,
  SeedDiff: seedDiffProps,
  SchemaTable: schemaTableProps,
};
