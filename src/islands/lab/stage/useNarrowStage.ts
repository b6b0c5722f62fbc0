/**
 * True while the lab is laid out for a phone (the stage's one-lane layout, lab.css's
 * `max-width: 49.99rem`), so the drawing can put two lists per row and keep its text readable.
 * False while rendering on the server: the build-time drawing is the wide one. Read in a layout
 * effect, so a phone never paints the wide drawing first.
 */
import { useLayoutEffect, useState } from 'preact/hooks';

export const NARROW_STAGE = '(max-width: 49.99rem)';

export function useNarrowStage(): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const query = matchMedia(NARROW_STAGE);
    const update = () => setNarrow(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return narrow;
}
