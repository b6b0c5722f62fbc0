/** The scenario picker and the four toggles, each a labelled, keyboard-operable control. */
import type { BalloonVariant, CoreVariant, Scenario } from '../../model';
import { RadioGroup } from './RadioGroup';
import { Switch } from './Switch';
import type { Toggles } from './toggles';

interface Props {
  name: string;
  toggles: Toggles;
  scenarios: Scenario[];
  balloons: Array<{ id: BalloonVariant; label: string }>;
  cores: Array<{ id: CoreVariant; label: string }>;
  /** The named balloon variant the toggles equal, pressed among the shortcuts. */
  named: BalloonVariant | null;
  disabled: boolean;
  onChange: (next: Toggles) => void;
  onNamed: (id: BalloonVariant) => void;
}

export function Controls(props: Props) {
  const { name, toggles: t, scenarios, cores, disabled, onChange } = props;
  const set =
    <K extends keyof Toggles>(key: K) =>
    (value: Toggles[K]) =>
      onChange({ ...t, [key]: value });
  return (
    <fieldset class="btf-controls" disabled={disabled}>
      <legend class="sr-only">What to break</legend>
      <RadioGroup
        legend="Scenario"
        name={`${name}-scenario`}
        value={t.scenario}
        onChange={set('scenario')}
        choices={scenarios.map((s) => ({ value: s.id, label: `${s.id}: ${s.title}` }))}
      />
      <RadioGroup
        legend="(a) balloon_page_isolate() reads page->private"
        name={`${name}-read`}
        value={t.readPrivate}
        onChange={set('readPrivate')}
        choices={[
          { value: 'under-lock', label: 'after spin_lock, under balloon_pages_lock (the patch)' },
          { value: 'before-lock', label: 'before spin_lock (the old code)' },
        ]}
      />
      <RadioGroup
        legend="(b) balloon_page_migrate() calls balloon_page_finalize()"
        name={`${name}-finalize`}
        value={t.finalize}
        onChange={set('finalize')}
        choices={[
          { value: 'under-lock', label: 'before spin_unlock, inside the lock (the patch)' },
          { value: 'after-unlock', label: 'after spin_unlock, outside the lock (the old code)' },
        ]}
      />
      <div class="btf-group" role="group" aria-labelledby={`${name}-lock`}>
        <p class="btf-legend" id={`${name}-lock`}>
          (c) The page lock in enqueue and dequeue
        </p>
        <Switch
          label="trylock_page() in enqueue and dequeue"
          checked={t.pageLock}
          onChange={set('pageLock')}
        />
      </div>
      <RadioGroup
        legend="(d) Migration core"
        name={`${name}-core`}
        value={t.core}
        onChange={set('core')}
        choices={cores.map((c) => ({ value: c.id, label: `${c.label} (${c.id})` }))}
      />
      <NamedShortcuts {...props} />
    </fieldset>
  );
}

/** One button per named balloon variant, setting toggles (a) to (c) to its code. */
function NamedShortcuts({ name, balloons, named, onNamed }: Props) {
  return (
    <div class="btf-group btf-named-shortcuts" role="group" aria-labelledby={`${name}-named`}>
      <p class="btf-legend" id={`${name}-named`}>
        Or load the balloon code of a named variant
      </p>
      {balloons.map((b) => (
        <button
          key={b.id}
          type="button"
          class="bl-button"
          aria-pressed={named === b.id}
          onClick={() => onNamed(b.id)}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
