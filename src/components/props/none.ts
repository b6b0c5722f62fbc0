/** The props of components that take none (<BreakTheFix>, <Lifecycle>): any prop is a mistake. */
import { z } from 'astro/zod';

export const noProps = () => z.object({}).strict();
