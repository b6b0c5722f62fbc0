/** The props of <Checker>. */
import { z } from 'astro/zod';
import { modelFields } from './fields';

export const checkerProps = () =>
  z
    .object(
      modelFields({
        scenario: 'The scenario to explore.',
        balloon: 'The balloon code, fixed for this check.',
        core: 'The migration core, fixed for this check.',
      }),
    )
    .strict();
