/**
 * Export, import and clear the learner's progress. An import is validated first (a corrupt or
 * foreign file is ignored with a notice; ids this course does not have are named and left out)
 * and replaces the saved progress only after the learner confirms; so does Clear.
 */
import { useRef, useState } from 'preact/hooks';
import { emptyProgress, type Progress } from '../lib/storage';
import { downloadText, readPickedFile } from './download';
import {
  parseProgressFile,
  PROGRESS_FILE_NAME,
  progressToJson,
  summarize,
  unknownSummary,
  type KnownIds,
} from './file';
import { replaceProgress } from './store';

interface Props {
  progress: Progress;
  /** The ids this build knows; an import ignores (and names) any other. */
  known: KnownIds;
  notice: string;
  onChange: (p: Progress) => void;
  say: (text: string) => void;
}

/** A change waiting for the learner's yes: what it would store and how to describe it. */
interface Pending {
  next: Progress;
  question: string;
  yes: string;
  done: string;
}

export function Backup({ progress, known, notice, onChange, say }: Props) {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const ask = (p: Pending) => {
    setPending(p);
    say('');
    // Focus lands in the labelled group, so a screen reader reads the question with the button.
    setTimeout(() => confirmRef.current?.focus());
  };
  const exportJson = () => {
    downloadText(PROGRESS_FILE_NAME, progressToJson(progress), 'application/json');
    say(`Exported ${PROGRESS_FILE_NAME}.`);
  };
  const importFile = async (input: HTMLInputElement) => {
    const text = await readPickedFile(input);
    if (text === null) return;
    const parsed = parseProgressFile(text, known);
    if (typeof parsed === 'string') return say(parsed);
    const ignored = [
      unknownSummary(parsed.unknown),
      parsed.dropped && `In the file, ${parsed.dropped}.`,
    ]
      .filter(Boolean)
      .join(' ');
    ask({
      next: parsed.progress,
      question:
        `Replace your progress with the imported file (${summarize(parsed.progress)})? ${ignored}`.trim(),
      yes: 'Replace my progress',
      done: `Your progress was replaced by the imported file (${summarize(parsed.progress)}). ${ignored}`.trim(),
    });
  };
  const settle = (apply: boolean) => {
    if (apply && pending) {
      const refused = replaceProgress(pending.next);
      if (!refused) onChange(pending.next);
      say(refused ?? pending.done);
    } else say('Nothing changed.');
    setPending(null);
  };
  return (
    <div class="progress-backup">
      <div class="progress-actions">
        <button type="button" class="bl-button" onClick={exportJson}>
          Export progress
        </button>
        <label class="bl-button progress-import">
          Import progress
          <input
            type="file"
            accept=".json,application/json"
            class="sr-only"
            onChange={(e) => importFile(e.currentTarget)}
          />
        </label>
        <button
          type="button"
          class="bl-button"
          onClick={() =>
            ask({
              next: emptyProgress(),
              question: `Clear all your progress (${summarize(progress)})? This cannot be undone.`,
              yes: 'Clear my progress',
              done: 'Your progress was cleared.',
            })
          }
        >
          Clear progress
        </button>
      </div>
      <div role="status" class="progress-status-region">
        {notice && <p class="bl-notice">{notice}</p>}
      </div>
      {pending && (
        <div
          class="bl-panel progress-confirm"
          role="group"
          aria-labelledby="progress-confirm-question"
        >
          <p id="progress-confirm-question">{pending.question}</p>
          <button
            type="button"
            class="bl-button bl-primary"
            ref={confirmRef}
            onClick={() => settle(true)}
          >
            {pending.yes}
          </button>{' '}
          <button type="button" class="bl-button" onClick={() => settle(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
