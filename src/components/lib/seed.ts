/**
 * Reads the patch e-mail the course is about (content/seed/balloon-page-lock.patch.txt) into files
 * and hunks, so lessons can quote it hunk by hunk. The archived e-mail wraps long lines; a line
 * inside a hunk that starts with none of ' ', '+', '-' continues the line before it.
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
    while (i < lines.length && lines[i] !== '' && !/^[ +\-\\@]/.test(lines[i]))
      line.text += lines[i++];
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

let cached: FileDiff[] | undefined;

/** The seed patch, parsed once per build. */
export function seedPatch(): FileDiff[] {
  cached ??= parsePatch(readFileSync(SEED_PATH, 'utf8'));
  return cached;
}
