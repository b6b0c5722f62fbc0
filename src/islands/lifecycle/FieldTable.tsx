/**
 * The §4 table: what each field of struct page holds in every lifecycle state. The current
 * state's row carries aria-current and a visible "current" marker, not only a tint.
 */
import { LIFECYCLE_STATES } from '../../model';
import { FIELD_COLUMNS, PAGE_FIELDS } from '../../model/lifecycleFields';

export function FieldTable({ current }: { current: string | null }) {
  return (
    <div class="lc-scroll" role="region" aria-label="Page fields per state" tabIndex={0}>
      <table class="bl-table lc-fields">
        <caption>The page’s fields in each state</caption>
        <thead>
          <tr>
            <th scope="col">state</th>
            {FIELD_COLUMNS.map(([key, heading]) => (
              <th scope="col" key={key}>
                <code>{heading}</code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LIFECYCLE_STATES.map((state) => (
            <tr key={state} aria-current={state === current ? 'true' : undefined}>
              <th scope="row">
                <code>{state}</code>
                {state === current && <span class="lc-current-tag"> ◆ current</span>}
              </th>
              {FIELD_COLUMNS.map(([key]) => (
                <td key={key}>{PAGE_FIELDS[state][key]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
