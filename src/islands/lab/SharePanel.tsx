/**
 * "Copy share link" (the URL with this run in its hash, also put in the address bar) and "Save to
 * notebook" with a note field. Results are said through the lab's narrator.
 */
import { useState } from 'preact/hooks';
import type { LabContext } from '../../machines/lab';
import type { Scenario } from '../../model';
import { engine } from './parts';
import type { LabPlace } from './share';

export interface SharePanelProps {
  uid: string;
  scenario: Scenario;
  place: LabPlace;
  ctx: LabContext;
  say: (message: string) => void;
}

const OFFLINE = 'Could not load the code for this (are you offline?): nothing was saved or copied.';

export function SharePanel({ uid, scenario, place, ctx, say }: SharePanelProps) {
  const [note, setNote] = useState('');
  const [link, setLink] = useState('');
  // The link code is normally loaded already (hovering or focusing the lab fetches it), so the
  // clipboard write still runs inside the click's user activation.
  const copy = () =>
    engine.with(
      ({ shareUrl, writeUrl }) => {
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
  const save = async () => {
    try {
      const [{ saveRun }, { browserStorage }, { sharedRun }] = await Promise.all([
        import('./notebook'),
        import('../lib/storage'),
        engine.get(),
      ]);
      say(saveRun(browserStorage(), { ...sharedRun(scenario, ctx), note }));
    } catch {
      say(OFFLINE);
    }
  };
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
      </div>
    </div>
  );
}
