/**
 * The saved runs, a page at a time (a notebook may hold thousands and each card replays its run),
 * with "Show more". Before the notebook is read the list shows a placeholder of the same height
 * as the empty notebook, so the page does not shift when it turns live.
 */
import { Component } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../model';
import type { Notebook as Book, NotebookEntry } from '../lib/storage';
import { withoutEntry } from './entries';
import type { Commit } from './Notebook';
import { RunCard, type RunCardProps } from './RunCard';
import { AnchorHeading } from '../lib/AnchorHeading';

export const RUNS_PER_PAGE = 50;

interface Props {
  scenarios: Scenario[];
  labPages: Record<string, string>;
  book: Book | null;
  readOnly: boolean;
  onNote: (id: string, note: string) => void;
  commit: Commit;
}

const EMPTY =
  'No saved runs yet. In any lab, press “Save to notebook” to keep the run you are looking at; ' +
  'it will appear here.';

const READ_ONLY =
  'The runs of a notebook saved by a newer version cannot be shown here. Download it above to keep ' +
  'it, or set it aside to start a fresh notebook.';

export function RunList({ scenarios, labPages, book, readOnly, onNote, commit }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState(RUNS_PER_PAGE);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const onDelete = useCallback((id: string, title: string) => {
    commitRef.current(
      (nb) => withoutEntry(nb, id),
      () => `Deleted the run of “${title}”.`,
    );
    // The deleted card had focus; the list heading is the nearest stable place to land.
    heading.current?.focus();
  }, []);
  const entries = book?.entries ?? [];
  const total = entries.length;
  return (
    <>
      <AnchorHeading headingRef={heading} tabIndex={-1} id="saved-runs" label="Saved runs">
        Saved runs{book && ` (${total.toLocaleString('en')})`}
      </AnchorHeading>
      {total === 0 ? (
        <p class="notebook-empty">
          {readOnly ? READ_ONLY : EMPTY}
          {!book && (
            <noscript> This page needs JavaScript to read them from your browser.</noscript>
          )}
        </p>
      ) : (
        entries
          .slice(0, shown)
          .map((entry) => (
            <Card
              key={entry.id}
              entry={entry}
              scenarios={scenarios}
              labPages={labPages}
              readOnly={readOnly}
              onNote={onNote}
              onDelete={onDelete}
            />
          ))
      )}
      {total > shown && (
        <p class="notebook-more">
          <button type="button" class="bl-button" onClick={() => setShown(shown + RUNS_PER_PAGE)}>
            Show {Math.min(RUNS_PER_PAGE, total - shown)} more runs
          </button>{' '}
          (showing {shown.toLocaleString('en')} of {total.toLocaleString('en')})
        </p>
      )}
    </>
  );
}

/** A card that re-renders only when its own run changes (typing elsewhere leaves it alone). */
class Card extends Component<RunCardProps & { entry: NotebookEntry }> {
  shouldComponentUpdate(next: RunCardProps) {
    const p = this.props;
    return next.entry !== p.entry || next.readOnly !== p.readOnly || next.onNote !== p.onNote;
  }
  render() {
    return <RunCard {...this.props} />;
  }
}
