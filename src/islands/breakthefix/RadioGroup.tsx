/**
 * A labelled group of native radio buttons drawn as a row of segments: arrow keys move the choice,
 * Tab leaves the group. The checked segment shows a ✓ and a heavier border and weight as well as
 * its tint (breakthefix.css). A choice's hint is its radio's description, and the checked choice's
 * hint is shown under the row.
 */
export interface Choice<T extends string> {
  value: T;
  label: string;
  /** Words for what the label names, when the label is an id. */
  hint?: string;
  /** Show the label as code (an id). */
  code?: boolean;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({ legend, name, choices, value, onChange }: Props<T>) {
  const checked = choices.find((c) => c.value === value);
  const hintId = (c: Choice<T>) => (c.hint ? `${name}-${c.value}-hint` : undefined);
  return (
    <fieldset class="btf-group">
      {/* Words break only at spaces: a phone would otherwise split page->private at its hyphen. */}
      <legend>
        {legend.split(' ').flatMap((word, i) => [
          i > 0 ? ' ' : '',
          <span key={i} class="btf-word">
            {word}
          </span>,
        ])}
      </legend>
      <div class="btf-segs">
        {choices.map((c) => (
          <label key={c.value} class="btf-seg">
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={c === checked}
              aria-describedby={hintId(c)}
              onChange={() => onChange(c.value)}
            />
            <span class="btf-tick" aria-hidden="true">
              ✓{' '}
            </span>
            {c.code ? <code>{c.label}</code> : c.label}
            {c.hint && (
              <span id={hintId(c)} hidden>
                {c.hint}
              </span>
            )}
          </label>
        ))}
      </div>
      {checked?.hint && (
        <p class="btf-hint" aria-hidden="true">
          {checked.hint}
        </p>
      )}
    </fieldset>
  );
}
