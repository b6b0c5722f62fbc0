/**
 * Text widths from a TrueType font's own tables (cmap format 4 for the characters, hmtx for their
 * advances), so the card can wrap its title without a renderer: asking resvg to measure costs a
 * font load per string. Kerning is ignored; the title's margin absorbs it.
 */

interface Metrics {
  unitsPerEm: number;
  /** The glyph index of a BMP character, 0 when the font has none. */
  glyph: (code: number) => number;
  advance: (glyph: number) => number;
}

function tables(font: DataView): Map<string, number> {
  const count = font.getUint16(4);
  const found = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((k) => font.getUint8(at + k)));
    found.set(tag, font.getUint32(at + 8));
  }
  return found;
}

/** The format-4 subtable of the cmap (Unicode BMP), as a lookup. */
function cmap4(font: DataView, cmap: number): (code: number) => number {
  const subtables = font.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const offset = cmap + font.getUint32(cmap + 4 + 8 * i + 4);
    if (font.getUint16(offset) !== 4) continue;
    const segs = font.getUint16(offset + 6) / 2;
    const ends = offset + 14;
    const starts = ends + 2 * segs + 2;
    const deltas = starts + 2 * segs;
    const ranges = deltas + 2 * segs;
    return (code) => {
      for (let s = 0; s < segs; s++) {
        if (font.getUint16(ends + 2 * s) < code) continue;
        const start = font.getUint16(starts + 2 * s);
        if (start > code) return 0;
        const delta = font.getInt16(deltas + 2 * s);
        const range = font.getUint16(ranges + 2 * s);
        if (range === 0) return (code + delta) & 0xffff;
        const at = ranges + 2 * s + range + 2 * (code - start);
        const glyph = font.getUint16(at);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('src/site/cards/metrics.ts: the font has no Unicode BMP (format 4) cmap');
}

/** The metrics of a TrueType font file. */
export function fontMetrics(bytes: Uint8Array): Metrics {
  const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = tables(font);
  const [head, hhea, hmtx, cmap] = ['head', 'hhea', 'hmtx', 'cmap'].map((tag) => {
    const at = t.get(tag);
    if (at === undefined)
      throw new Error(`src/site/cards/metrics.ts: the font has no ${tag} table`);
    return at;
  });
  const longMetrics = font.getUint16(hhea + 34);
  return {
    unitsPerEm: font.getUint16(head + 18),
    glyph: cmap4(font, cmap),
    advance: (g) => font.getUint16(hmtx + 4 * Math.min(g, longMetrics - 1)),
  };
}

/** The width of `text` at `fontSize` px, and the characters the font cannot draw. */
export function measure(
  m: Metrics,
  text: string,
  fontSize: number,
): { width: number; missing: string[] } {
  let units = 0;
  const missing: string[] = [];
  for (const ch of text) {
    const g = m.glyph(ch.codePointAt(0) ?? 0);
    if (g === 0) missing.push(ch);
    units += m.advance(g);
  }
  return { width: (units * fontSize) / m.unitsPerEm, missing };
}
