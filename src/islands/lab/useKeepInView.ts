/**
 * Keeps the element marked aria-current="step" visible inside a scroll box, by scrolling the box
 * only (never the page), whenever `dep` changes: the next code line, the current step row.
 */
import { useEffect, useRef } from 'preact/hooks';

export function useKeepInView<T extends HTMLElement>(dep: unknown) {
  const box = useRef<T>(null);
  useEffect(() => {
    const el = box.current;
    const current = el?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!el || !current) return;
    const top = current.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
    const bottom = top + current.offsetHeight;
    if (top < el.scrollTop || bottom > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - el.clientHeight / 3);
    }
  }, [dep]);
  return box;
}
