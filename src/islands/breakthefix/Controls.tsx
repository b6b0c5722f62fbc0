/**
 * The scenario picker and the four toggles, each a labelled row of native radio buttons. The
 * scenario and core radios are named by their ids, with the title or label as their description.
 */
import type { BalloonVariant, CoreVariant, Scenario } from '../../model';
import { RadioGroup } from './RadioGroup';
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
        choices={scenarios.map((s) => ({ value: s.id, label: s.id, hint: s.title, code: true }))}
      />
      <RadioGroup
        legend="(a) balloon_page_isolate() reads page->private"
        name={`${name}-read`}
        value={t.readPrivate}
        onChange={set('readPrivate')}
        choices={[
          { value: 'under-lock', label: 'after spin_lock (patch)' },
          { value: 'before-lock', label: 'before spin_lock (old code)' },
        ]}
      />
      <RadioGroup
        legend="(b) balloon_page_migrate() calls balloon_page_finalize()"
        name={`${name}-finalize`}
        value={t.finalize}
        onChange={set('finalize')}
        choices={[
          { value: 'under-lock', label: 'before spin_unlock (patch)' },
          { value: 'after-unlock', label: 'after spin_unlock (old code)' },
        ]}
      />
      <RadioGroup
        legend="(c) The page lock in enqueue and dequeue"
        name={`${name}-lock`}
        value={t.pageLock ? 'on' : 'off'}
        onChange={(v) => onChange({ ...t, pageLock: v === 'on' })}
        choices={[
          { value: 'off', label: 'none (patch)' },
          { value: 'on', label: 'trylock_page() (old code)' },
        ]}
      />
      <RadioGroup
        legend="(d) Migration core"
        name={`${name}-core`}
        value={t.core}
        onChange={set('core')}
        choices={cores.map((c) => ({ value: c.id, label: c.id, hint: c.label, code: true }))}
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
