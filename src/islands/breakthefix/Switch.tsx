/**
 * An on/off switch (role="switch", aria-checked). The visible On/Off is hidden from the accessible
 * name, which stays the label; screen readers announce the state from aria-checked.
 */
interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Switch({ label, checked, onChange }: Props) {
  return (
    <button
      type="button"
      role="switch"
      class="bl-button btf-switch"
      aria-checked={checked}
      onClick={() => onChange(!checked)}
    >
      {label}{' '}
      <span class="btf-switch-state" aria-hidden="true">
        {checked ? 'On' : 'Off'}
      </span>
    </button>
  );
}
