/**
 * What the goal bar shows only once there is something to show: the victory banner (or why the
 * run does not count), the impossible challenge's proof and the model's hints. One chunk, loaded
 * with dynamic import() when the run is first judged, the proof is due or the model's hint is
 * asked for (ChallengeBar), so a challenge lab's first step never pays for it.
 */
export { Banner } from './Banner';
export { ModelHint } from './ModelHint';
export { Proof } from './Proof';
