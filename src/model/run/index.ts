/** A run: its replay (tape), its one schedule validator, its share link and the link's notices. */
export { liveRun, play, stateAt, stepsWord, stopHint, stopSentence } from './tape';
export type { LiveRun, Run, Stop, Tape } from './tape';
export { whyNot } from './why';
export { EMPTY_SCHEDULE, checkSchedule, namesToCpus, splitNames } from './check';
export {
  LINK_KEY,
  decodeEntry,
  encodeRun,
  labEntries,
  labKeys,
  readHash,
  restoreRun,
  runHash,
  withRun,
} from './link';
export type { HashResult, LabPlace, LinkProblem, RestoredRun, SharedRun } from './link';
export { ECHO_MAX, echo, linkNotice, noticeText } from './notice';
export type { NoticePart } from './notice';
