/** The two variant axes as native selects, labelled "Balloon code" and "Migration core". */
import {
  BALLOON_VARIANTS,
  CORE_VARIANTS,
  type BalloonVariant,
  type CoreVariant,
  type VariantInfo,
} from '../../model';

export interface VariantPickersProps {
  uid: string;
  balloon: BalloonVariant;
  core: CoreVariant;
  onBalloon: (id: BalloonVariant) => void;
  onCore: (id: CoreVariant) => void;
}

interface PickerProps<Id extends string> {
  id: string;
  label: string;
  value: Id;
  options: VariantInfo<Id>[];
  onPick: (id: Id) => void;
}

function Picker<Id extends string>(p: PickerProps<Id>) {
  const info = p.options.find((o) => o.id === p.value);
  return (
    <div class="lab-picker">
      <label for={p.id}>{p.label}</label>
      <select
        id={p.id}
        value={p.value}
        aria-describedby={`${p.id}-note`}
        onChange={(e) => p.onPick((e.currentTarget as HTMLSelectElement).value as Id)}
      >
        {p.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label} ({o.id})
          </option>
        ))}
      </select>
      <p class="lab-picker-note" id={`${p.id}-note`}>
        {info?.description} <small>({info?.source})</small>
      </p>
    </div>
  );
}

export function VariantPickers(p: VariantPickersProps) {
  return (
    <div class="lab-pickers">
      <Picker
        id={`${p.uid}-balloon`}
        label="Balloon code"
        value={p.balloon}
        options={BALLOON_VARIANTS}
        onPick={p.onBalloon}
      />
      <Picker
        id={`${p.uid}-core`}
        label="Migration core"
        value={p.core}
        options={CORE_VARIANTS}
        onPick={p.onCore}
      />
    </div>
  );
}
