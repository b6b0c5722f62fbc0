/** A quiz option as lessons write it: <Quiz options={[{ text, correct, explain }]} />. */
export interface QuizOption {
  text: string;
  correct: boolean;
  /** Why this option is right or wrong, shown once the learner has answered. */
  explain: string;
}
