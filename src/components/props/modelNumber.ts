/** The props of <ModelNumber>. */
import { z } from 'astro/zod';
import { MODEL_STATS } from '../lib/model';
import { modelFields } from './fields';

export const modelNumberProps = () =>
  z
    .object({
      ...modelFields({ scenario: 'The scenario to explore.' }),
      stat: z
        .enum(MODEL_STATS)
        .describe(
          'Which number. `states`: distinct reachable states; `transitions`: steps between them; `violations`: distinct violations, each an invariant broken at one line on one page; `invariants`: distinct invariants that some interleaving breaks; `violating-states`: reachable states that a step broke an invariant on the way into (the N of “N of M states break an invariant”); `outcomes`: distinct ways a run can end.',
        ),
    })
    .strict();
