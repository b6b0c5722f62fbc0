/**
 * Reads the patch e-mail the course is about (content/seed/balloon-page-lock.patch.txt) into files
 * and hunks, so lessons can quote it hunk by hunk. The seed is the patch as first posted (v1 08/23
 * of the series), not the mainline commit: see docs/kernel-model.md §2a. The archived e-mail wraps
 * long lines; a line inside a hunk that starts with none of ' ', '+', '-' continues the line
 * before it, unless it starts the next file's header (`diff --git …`, `index …`).
 */
import { readFileSync } from 'node:fs';

export const SEED_PATH = 'content/seed/balloon-page-lock.patch.txt';

export interface DiffLine {
  kind: 'context' | 'add' | 'remove';
  text: string;
}

export interface Hunk {
  /** The `@@ -a,b +c,d @@ context` header, unwrapped. */
  header: string;
  lines: DiffLine[];
}

export interface FileDiff {
  file: string;
  hunks: Hunk[];
}

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+\d+(?:,(\d+))? @@/;

/** The first lines of a file's diff header: never the wrapped tail of a hunk's last line. */
const FILE_HEADER = /^(?:diff --git |index [0-9a-f]+\.\.[0-9a-f]+)/;

/**
 * The web archive replaced every e-mail address with a "[email protected]" placeholder (with a
 * non-breaking space in some). The course shows that the address was withheld instead of the
 * scraping artefact.
 */
const SCRAPED_ADDRESS = /\[email[\s\u00a0]*protected\]/g;
export const WITHHELD_ADDRESS = 'address withheld';

/** A wrapped line's continuation: not empty, no diff prefix, not the next file's header. */
function continues(line: string): boolean {
  return line !== '' && !/^[ +\-\\@]/.test(line) && !FILE_HEADER.test(line);
}

function lineKind(prefix: string): DiffLine['kind'] {
  return prefix === '+' ? 'add' : prefix === '-' ? 'remove' : 'context';
}

/** Reads one hunk starting at lines[start] (its header); returns it and the index after it. */
function readHunk(lines: string[], start: number): [Hunk, number] {
  let header = lines[start];
  let i = start + 1;
  while (i < lines.length && !/^[ +\-\\]/.test(lines[i]) && lines[i] !== '') header += lines[i++];
  const [, oldCount = '1', newCount = '1'] = HUNK_HEADER.exec(header) ?? [];
  let [oldLeft, newLeft] = [Number(oldCount), Number(newCount)];
  const hunk: Hunk = { header: header.trimEnd(), lines: [] };
  while (i < lines.length && (oldLeft > 0 || newLeft > 0)) {
    const raw = lines[i++];
    if (raw.startsWith('\\')) continue;
    const line: DiffLine = { kind: lineKind(raw[0] ?? ' '), text: raw.slice(1) };
    while (i < lines.length && continues(lines[i])) line.text += lines[i++];
    line.text = line.text.replace(SCRAPED_ADDRESS, WITHHELD_ADDRESS);
    hunk.lines.push(line);
    if (line.kind !== 'add') oldLeft--;
    if (line.kind !== 'remove') newLeft--;
  }
  return [hunk, i];
}

/** Every file the patch touches, with its hunks in order. */
export function parsePatch(text: string): FileDiff[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const files: FileDiff[] = [];
  let i = 0;
  while (i < lines.length) {
    const plusFile = /^\+\+\+ b\/(\S+)/.exec(lines[i]);
    if (plusFile) files.push({ file: plusFile[1], hunks: [] });
    if (HUNK_HEADER.test(lines[i]) && files.length > 0) {
      const [hunk, next] = readHunk(lines, i);
      files[files.length - 1].hunks.push(hunk);
      i = next;
    } else i++;
  }
  return files;
}

/**
 * A hunk that starts inside a block comment (its first line is a ` * …` continuation) needs a
 * `/*` in front for the highlighter, or shiki reads the comment's words as C keywords. Returns
 * the lines to highlight before the hunk's own (their output is dropped).
 */
export function highlightContext(hunk: Hunk): string[] {
  const first = hunk.lines[0]?.text ?? '';
  return /^\s*\*(?!\/)/.test(first) ? ['/*'] : [];
}

/** Whether any line of the hunk had an e-mail address the archive withheld. */
export const hasWithheldAddress = (hunk: Hunk): boolean =>
  hunk.lines.some((line) => line.text.includes(WITHHELD_ADDRESS));

let cached: FileDiff[] | undefined;

/** The seed patch, parsed once per build. */
export function seedPatch(): FileDiff[] {
  cached ??= parsePatch(readFileSync(SEED_PATH, 'utf8'));
  return cached;
}
