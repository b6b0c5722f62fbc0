/** A labelled group of native radio buttons: arrow keys move the choice, Tab leaves the group. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({ legend, name, choices, value, onChange }: Props<T>) {
  return (
    <fieldset class="btf-group">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={c.value === value}
            onChange={() => onChange(c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
