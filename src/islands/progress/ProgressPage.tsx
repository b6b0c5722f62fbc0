/**
 * The "Your progress" page's island: lessons read, quiz results and challenges solved, read from
 * localStorage, plus export, import and clear. Before it runs (and without JavaScript) the page
 * shows the course's lessons and says that progress needs JavaScript.
 */
import { useEffect, useState } from 'preact/hooks';
import { emptyProgress, PROGRESS_KEY, type Progress } from '../lib/storage';
import { Backup } from './Backup';
import type { KnownIds } from './file';
import { AnchorHeading } from '../lib/AnchorHeading';
import { KeptAside } from './KeptAside';
import { Status } from './Status';
import { Challenges, type ChallengeInfo } from './Challenges';
import { loadProgress } from './store';
import './progress.css';

export interface LessonInfo {
  id: string;
  title: string;
  order: number;
  href: string;
}

export interface QuizInfo {
  question: string;
  /** The lesson that asks it. */
  href: string;
}

interface Props {
  lessons: LessonInfo[];
  quizzes: Record<string, QuizInfo>;
  /** The campaign's challenges in order (their keys are the ids an import may bring). */
  challenges: ChallengeInfo[];
  /** Prediction ids of this build (lesson and quiz ids come from the props above). */
  predictions: string[];
}

const NO_JS = 'Your progress is read from this browser, which needs JavaScript.';

export default function ProgressPage({ lessons, quizzes, challenges, predictions }: Props) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [readOnly, setReadOnly] = useState(false);
  const [notice, setNotice] = useState('');
  const read = () => {
    const loaded = loadProgress();
    setProgress(loaded.value);
    setReadOnly(loaded.readOnly ?? false);
    if (loaded.notice) setNotice(loaded.notice);
  };
  useEffect(read, []);
  const known: KnownIds = {
    lessons: lessons.map((l) => l.id),
    quizzes: Object.keys(quizzes),
    challenges: challenges.map((c) => c.key),
    predictions,
  };
  return (
    <div class="progress">
      {progress && (
        <KeptAside
          storageKey={PROGRESS_KEY}
          what="progress"
          readOnly={readOnly}
          fresh={emptyProgress}
          onFresh={read}
          say={setNotice}
        />
      )}
      <AnchorHeading id="lessons" label="Lessons">
        Lessons
      </AnchorHeading>
      <Lessons lessons={lessons} progress={progress} />
      <AnchorHeading id="quizzes" label="Quizzes">
        Quizzes
      </AnchorHeading>
      {progress ? <Quizzes progress={progress} quizzes={quizzes} /> : <p>{NO_JS}</p>}
      <AnchorHeading id="challenges" label="Challenges">
        Challenges
      </AnchorHeading>
      <Challenges challenges={challenges} progress={progress} noJs={NO_JS} />
      <AnchorHeading id="keep-your-progress" label="Keep your progress">
        Keep your progress
      </AnchorHeading>
      {progress ? (
        <Backup
          progress={progress}
          known={known}
          notice={notice}
          onChange={setProgress}
          say={setNotice}
        />
      ) : (
        <p>{NO_JS}</p>
      )}
    </div>
  );
}

function Lessons({ lessons, progress }: { lessons: LessonInfo[]; progress: Progress | null }) {
  const read = (id: string) => progress?.lessonsRead.includes(id) ?? false;
  const count = lessons.filter((l) => read(l.id)).length;
  return (
    <>
      <p>{progress ? `You have read ${count} of ${lessons.length} lessons.` : NO_JS}</p>
      <ol class="progress-list">
        {lessons.map((l) => (
          <li key={l.id}>
            <a href={l.href}>{l.title}</a>
            {progress && <Status yes={read(l.id)} words={['Read', 'Not read yet']} />}
          </li>
        ))}
      </ol>
    </>
  );
}

function Quizzes({ progress, quizzes }: { progress: Progress; quizzes: Record<string, QuizInfo> }) {
  const answered = Object.entries(progress.quizzes);
  if (answered.length === 0) return <p>You have not answered a quiz yet.</p>;
  return (
    <ul class="progress-list">
      {answered.map(([id, right]) => {
        const info = Object.hasOwn(quizzes, id) ? quizzes[id] : undefined;
        return (
          <li key={id}>
            {info ? <a href={info.href}>{info.question}</a> : <code>{id}</code>}
            <Status yes={right} words={['Right first time', 'First answer was wrong']} />
          </li>
        );
      })}
    </ul>
  );
}
