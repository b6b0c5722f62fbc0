/**
 * A heading with the anchor link Starlight gives lesson headings, for headings an island renders
 * (the progress and notebook pages). The same markup as src/components/lib/AnchorHeading.astro.
 */
import type { ComponentChildren, Ref } from 'preact';
import { ANCHOR_ICON_PATHS } from './anchorIcon';

interface Props {
  id: string;
  /** The heading's text, for the link's spoken name. */
  label: string;
  children: ComponentChildren;
  headingRef?: Ref<HTMLHeadingElement>;
  tabIndex?: number;
}

export function AnchorHeading({ id, label, children, headingRef, tabIndex }: Props) {
  return (
    <div class="sl-heading-wrapper level-h2">
      <h2 id={id} ref={headingRef} tabIndex={tabIndex}>
        {children}
      </h2>
      <a class="sl-anchor-link" href={`#${id}`}>
        <span aria-hidden="true" class="sl-anchor-icon">
          <svg
            width="16"
            height="16"
            viewBox="0 0 24 24"
            fill="none"
            stroke="currentcolor"
            stroke-width="2"
            stroke-linecap="round"
          >
            {ANCHOR_ICON_PATHS.map((d) => (
              <path key={d} d={d} />
            ))}
          </svg>
        </span>
        <span class="sr-only" data-pagefind-ignore>
          Section titled “{label}”
        </span>
      </a>
    </div>
  );
}
