/**
 * Data the course could not read, never thrown away: each kept-aside copy of a key (download it,
 * then delete it if you like), and data from a newer version, which stays read-only until the
 * learner downloads it or sets it aside to start afresh. Shared by the progress and notebook pages.
 */
import { useState } from 'preact/hooks';
import {
  browserStorage,
  forgetKept,
  keptAsideOf,
  setAside,
  type LearnerStorage,
} from '../lib/storage';
import { downloadText } from './download';
import './progress.css';

interface Props {
  /** The key whose copies are listed, e.g. balloon-lab:notebook. */
  storageKey: string;
  /** What the data is, in words: "notebook" or "progress". */
  what: string;
  /** The key holds a newer version's data: offer download and "set aside". */
  readOnly: boolean;
  /** The empty value a fresh start writes. */
  fresh: () => unknown;
  /** Called after a fresh start, so the page can show the empty data. */
  onFresh: () => void;
  say: (text: string) => void;
  storage?: LearnerStorage;
}

const fileName = (key: string) => `${key.replace(/[^\w-]+/g, '-')}.json`;

export function KeptAside({ storageKey, what, readOnly, fresh, onFresh, say, storage }: Props) {
  const store = storage ?? browserStorage();
  const [kept, setKept] = useState(() => keptAsideOf(store, storageKey));
  const [fetched, setFetched] = useState<string[]>([]);
  if (!readOnly && kept.length === 0) return null;
  const download = (key: string, raw: string) => {
    downloadText(fileName(key), raw, 'application/json');
    setFetched([...fetched, key]);
    say(`Downloaded ${fileName(key)}, exactly as it was stored.`);
  };
  const startAfresh = () => {
    const refused = setAside(store, storageKey, fresh());
    if (refused) return say(refused);
    setKept(keptAsideOf(store, storageKey));
    onFresh();
    say(`Your ${what} from the newer version is kept aside; you start afresh here.`);
  };
  const forget = (key: string) => {
    const refused = forgetKept(store, key);
    if (refused) return say(refused);
    setKept(keptAsideOf(store, storageKey));
    say(`Deleted the kept-aside copy ${key}.`);
  };
  const current = readOnly ? store.getItem(storageKey) : null;
  return (
    <section class="bl-panel kept-aside" aria-labelledby={`${what}-kept-title`}>
      <h2 id={`${what}-kept-title`} class="kept-aside-title">
        Saved data this page could not use
      </h2>
      {readOnly && current !== null && (
        <div class="kept-aside-item">
          <p>
            Your {what} was saved by a newer version of Balloon Lab. It is kept exactly as it is and
            nothing here writes over it.
          </p>
          <button type="button" class="bl-button" onClick={() => download(storageKey, current)}>
            Download it<span class="sr-only"> ({what} from the newer version)</span>
          </button>
          <button type="button" class="bl-button" onClick={startAfresh}>
            Set it aside and start afresh
          </button>
        </div>
      )}
      {kept.map(({ key, raw }) => (
        <div class="kept-aside-item" key={key}>
          <p>
            A copy of {what} data that could not be read ({raw.length.toLocaleString('en')}{' '}
            characters), kept aside under <code>{key}</code>.
          </p>
          <button type="button" class="bl-button" onClick={() => download(key, raw)}>
            Download<span class="sr-only"> {key}</span>
          </button>
          {fetched.includes(key) && (
            <button type="button" class="bl-button" onClick={() => forget(key)}>
              Delete this copy<span class="sr-only"> {key}</span>
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
