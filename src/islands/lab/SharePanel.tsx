/**
 * "Copy share link" (the URL with this run in its hash, also put in the address bar) and "Save to
 * notebook" with a note field. Results are said through the lab's narrator.
 */
import { useState } from 'preact/hooks';
import type { LabPlace, Scenario } from '../../model';
import type { WithRun } from './useLab';
import { EmbedLab } from './EmbedLab';

export interface SharePanelProps {
  uid: string;
  scenario: Scenario;
  place: LabPlace;
  /** The machine's context once every event pressed before this one is applied. */
  current: WithRun;
  say: (message: string) => void;
}

const OFFLINE = 'Could not load the code for this (are you offline?): nothing was saved or copied.';

export function SharePanel({ uid, scenario, place, current, say }: SharePanelProps) {
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  // The save's result also shows next to its button, where the learner is looking.
  const [saved, setSaved] = useState('');
  const sayNear = (text: string) => {
    setSaved(text);
    say(text);
  };
  // The link code is normally loaded already (hovering or focusing the lab fetches it), so the
  // clipboard write still runs inside the click's user activation.
  const copy = () =>
    current(
      (ctx, { shareUrl, writeUrl }) => {
        const url = shareUrl(scenario, place, ctx);
        writeUrl(scenario, place, ctx);
        setLink(url);
        const done = () => say('Share link copied. Anyone who opens it sees this run.');
        const failed = () =>
          say('Could not copy automatically: the share link is in the field next to the button.');
        if (navigator.clipboard) navigator.clipboard.writeText(url).then(done, failed);
        else failed();
      },
      () => say(OFFLINE),
    );
  // Storage code loads on the first save, not with the lab: most readers never save.
  // The run saved records the page and lab it came from, so the notebook can reopen that lab.
  const save = () =>
    current(
      async (ctx, { sharedRun }) => {
        try {
          const [{ saveRun }, { browserStorage }] = await Promise.all([
            import('./notebook'),
            import('../lib/storage'),
          ]);
          const from = { page: location.pathname, lab: place.key };
          sayNear(saveRun(browserStorage(), { ...sharedRun(scenario, ctx), ...from, note }));
        } catch {
          sayNear(OFFLINE);
        }
      },
      () => sayNear(OFFLINE),
    );
  return (
    <div class="lab-share">
      <div class="lab-share-row">
        <button type="button" class="bl-button" onClick={copy}>
          Copy share link
        </button>
        {link && (
          <span class="lab-link">
            <label for={`${uid}-link`}>Share link</label>
            <input
              id={`${uid}-link`}
              type="text"
              readOnly
              value={link}
              onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
            />
          </span>
        )}
      </div>
      <EmbedLab uid={uid} scenario={scenario} current={current} />
      <div class="lab-share-row">
        <label for={`${uid}-note`}>Note</label>
        <input
          id={`${uid}-note`}
          type="text"
          maxLength={200}
          placeholder="What does this run show?"
          value={note}
          onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="button" class="bl-button" onClick={save}>
          Save to notebook
        </button>
        {saved && (
          <span class="lab-saved" data-lab-saved>
            {saved}
          </span>
        )}
      </div>
    </div>
  );
}
