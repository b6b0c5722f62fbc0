/**
 * The campaign on the progress page: every challenge of the course in order, each linking to
 * the lab that poses it, with its par; once progress is read, solved or not (in words and an
 * icon) and the learner's best count. Without JavaScript the list and the pars still show.
 */
import type { ChallengeSolve, Progress } from '../lib/storage';
import { Status } from './Status';

/** One challenge as the page knows it from the build. */
export interface ChallengeInfo {
  /** The challenge's key in progress, e.g. `isolate-vs-deflate/corrupt-the-list`. */
  key: string;
  title: string;
  /** The lesson whose lab poses it, and the link to that lab. */
  lesson: string;
  href: string;
  /** The fewest steps that meet the goal; absent for a challenge no schedule can meet. */
  par?: number;
}

/** "par 16 steps", or the impossible challenge's target: the proof. */
export const parText = (c: ChallengeInfo): string =>
  c.par === undefined ? 'no schedule can: see the proof' : `par ${c.par} steps`;

/** "your best: 18 steps", "your best: 16 steps, par" or '' (a solve from an older version). */
export function bestText(c: ChallengeInfo, solve: ChallengeSolve | undefined): string {
  if (solve?.bestSteps === undefined) return '';
  const atPar = c.par !== undefined && solve.bestSteps <= c.par ? ', par' : '';
  return `your best: ${solve.bestSteps} steps${atPar}`;
}

const solveOf = (p: Progress | null, key: string) =>
  p && Object.hasOwn(p.challenges, key) ? p.challenges[key] : undefined;

interface Props {
  challenges: ChallengeInfo[];
  progress: Progress | null;
  /** What to say in place of the count before progress is read. */
  noJs: string;
}

export function Challenges({ challenges, progress, noJs }: Props) {
  if (challenges.length === 0) return <p>This course has no challenges yet.</p>;
  const solved = challenges.filter((c) => solveOf(progress, c.key)).length;
  return (
    <>
      <p>{progress ? `You have solved ${solved} of ${challenges.length} challenges.` : noJs}</p>
      <ol class="progress-list progress-challenges">
        {challenges.map((c) => {
          const solve = solveOf(progress, c.key);
          const best = bestText(c, solve);
          return (
            <li key={c.key} data-challenge={c.key}>
              <a href={c.href}>{c.title}</a>{' '}
              <span class="progress-where">
                ({c.lesson}; {parText(c)})
              </span>
              {progress && (
                <span class="progress-solve">
                  <Status yes={!!solve} words={['Solved', 'Not solved yet']} />
                  {best && ` · ${best}`}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
