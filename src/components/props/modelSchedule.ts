/** The props of <ModelSchedule>. */
import { z } from 'astro/zod';
import { modelFields } from './fields';

export const modelScheduleProps = () =>
  z.object(modelFields({ scenario: 'The scenario to explore.' })).strict();
