/**
 * Focus mode's page side: the lab fills the window (lab.css, .lab-focused) and everything else on
 * the page is made inert, so Tab and a screen reader's virtual cursor stay inside the lab, as in
 * a modal dialog, while the lab keeps its place in the DOM (and its island its state). `leave`
 * undoes exactly what `enter` did.
 */

/** Makes `lab` fill the window; returns the function that puts the page back. */
export function enterFocusMode(lab: HTMLElement): () => void {
  const inerted: HTMLElement[] = [];
  for (let el: HTMLElement | null = lab; el && el !== document.body; el = el.parentElement) {
    for (const sibling of el.parentElement?.children ?? []) {
      if (sibling === el || !(sibling instanceof HTMLElement) || sibling.inert) continue;
      sibling.inert = true;
      inerted.push(sibling);
    }
  }
  lab.classList.add('lab-focused');
  document.documentElement.classList.add('lab-focus-open');
  return () => {
    for (const el of inerted) el.inert = false;
    lab.classList.remove('lab-focused');
    document.documentElement.classList.remove('lab-focus-open');
  };
}
