/**
 * One saved run: scenario and variants, the schedule, the editable note, how it ends, the step
 * table (replayed with the model), "Open in the lab" and Delete.
 */
import { useMemo } from 'preact/hooks';
import type { Scenario } from '../../model';
import type { NotebookEntry } from '../lib/storage';
import { labHref } from './labLink';
import { replayEntry, variantName } from './run';

export interface RunCardProps {
  entry: NotebookEntry;
  scenarios: Scenario[];
  labPages: Record<string, string>;
  /** A newer version's notebook: notes cannot be edited nor runs deleted. */
  readOnly: boolean;
  onNote: (id: string, note: string) => void;
  onDelete: (id: string, title: string) => void;
}

const savedOn = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
};

export function RunCard({ entry, scenarios, labPages, readOnly, onNote, onDelete }: RunCardProps) {
  const run = useMemo(
    () => replayEntry(entry, scenarios),
    [entry.scenario, entry.balloon, entry.core, entry.schedule.join('.')],
  );
  const key = `run-${entry.id.replace(/[^\w-]/g, '_')}`;
  const title = run.scenario?.title ?? entry.scenario;
  return (
    <article class="notebook-run bl-panel" aria-labelledby={`${key}-title`}>
      <h3 id={`${key}-title`}>{title}</h3>
      <dl class="notebook-facts">
        <dt>Balloon code</dt>
        <dd>
          <Variant id={entry.balloon} />
        </dd>
        <dt>Migration core</dt>
        <dd>
          <Variant id={entry.core} />
        </dd>
        <dt>Schedule</dt>
        <dd>{entry.schedule.join(', ') || 'no steps'}</dd>
        <dt>Saved</dt>
        <dd>
          <time dateTime={entry.savedAt}>{savedOn(entry.savedAt)}</time>
        </dd>
      </dl>
      <label for={`${key}-note`}>Note</label>
      <textarea
        id={`${key}-note`}
        rows={3}
        value={entry.note}
        aria-describedby={`${key}-note-hint`}
        readOnly={readOnly}
        onInput={(e) => onNote(entry.id, e.currentTarget.value)}
      />
      <p id={`${key}-note-hint`} class="notebook-hint">
        Your note is saved as you type (once you pause).
      </p>
      {run.problem && (
        <p class="bl-notice">This run could not be replayed in full: {run.problem}.</p>
      )}
      {run.ending.map((line) => (
        <p class="notebook-ending">{line}</p>
      ))}
      {run.rows.length > 0 && <Steps rows={run.rows} />}
      <div class="notebook-actions">
        <a class="bl-button" href={labHref(entry, labPages)}>
          Open in the lab<span class="sr-only">: {title}</span>
        </a>
        <button
          type="button"
          class="bl-button"
          disabled={readOnly}
          onClick={() => onDelete(entry.id, title)}
        >
          Delete<span class="sr-only"> this run of {title}</span>
        </button>
      </div>
    </article>
  );
}

function Variant({ id }: { id: string }) {
  const name = variantName(id);
  return (
    <>
      <code>{id}</code>
      {name && ` (${name})`}
    </>
  );
}

function Steps({ rows }: { rows: ReturnType<typeof replayEntry>['rows'] }) {
  return (
    <details class="notebook-steps">
      <summary>
        Step table ({rows.length} step{rows.length === 1 ? '' : 's'})
      </summary>
      {/* A wide table scrolls inside this region, which keyboard users can focus and scroll. */}
      <div class="notebook-table" role="region" aria-label="Step table" tabIndex={0}>
        <table class="bl-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">CPU</th>
              <th scope="col">Code</th>
              <th scope="col">What happened</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.n}>
                <td>{r.n}</td>
                <td>{r.cpu}</td>
                <td>
                  <code>{r.code}</code>
                </td>
                <td>{r.narration}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
