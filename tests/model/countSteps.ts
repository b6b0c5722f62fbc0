/**
 * Counts calls of the model's step(), the only function that advances a kernel state, so a test
 * can prove how much replaying an action costs. Use from a test file:
 *   vi.mock('../../src/model/step', (original) => countingStep(original));
 * with `countingStep` taken from `await vi.hoisted(() => import('./countSteps'))`.
 */
type StepModule = typeof import('../../src/model/step');

export const calls = { steps: 0 };

export async function countingStep(original: () => Promise<StepModule>): Promise<StepModule> {
  const real = await original();
  return {
    ...real,
    step: (...args: Parameters<StepModule['step']>) => {
      calls.steps++;
      return real.step(...args);
    },
  };
}
