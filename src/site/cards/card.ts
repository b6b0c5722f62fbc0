/**
 * A lesson's social card as SVG, 1200×630 (the size link previews ask for): the course name and
 * lesson number, the title wrapped to fit, and the lesson's drawing on a light panel. The drawing
 * is the lessons' own component markup, so its colours (CSS custom properties on the page) are
 * given here as a fixed light palette.
 */
import type { DrawnSvg } from './diagram';

export const CARD = { width: 1200, height: 630 };

const INK = '#17181c';
const MUTED = '#454b55';
const LINE = '#8b9099';
const PANEL = '#ffffff';
const WASH = '#eef0f4';
const ACCENT = '#3447a8';
const ACCENT_LOW = '#dbe1f7';
const RED = '#b0201b';
const RED_LOW = '#fbe0de';

/** The lab picture's and the lifecycle's classes, in the palette above (see lab.css, lifecycle.css). */
const DRAWING_CSS = `
.lab-picture text { fill: ${INK}; font-size: 12px; font-family: 'IBM Plex Sans'; }
.lab-picture .lab-pic-small, .lab-picture .lab-pic-role { fill: ${MUTED}; font-size: 11px; }
.lab-picture .lab-pic-name, .lab-picture .lab-pic-lock { font-weight: 700; font-size: 12.5px; }
.lab-picture .lab-pic-page { font-weight: 700; font-size: 15px; }
.lab-picture .lab-pic-warn { font-weight: 700; font-size: 11.5px; fill: ${RED}; }
.lab-picture .lab-pic-badge text { font-size: 10.5px; }
.lab-pic-column { fill: ${WASH}; stroke: #c9ccd3; }
.lab-pic-device rect { fill: ${WASH}; stroke: ${LINE}; }
.lab-pic-card-box { fill: ${PANEL}; stroke: ${LINE}; }
.lab-pic-torn-box { fill: ${PANEL}; stroke: ${RED}; stroke-width: 2.5; stroke-dasharray: 6 3; }
.lab-pic-hatch { stroke: ${RED}; stroke-width: 1.5; opacity: 0.35; }
.lab-pic-badge rect { fill: ${WASH}; stroke: #a9adb5; }
.lab-pic-badge.iso rect, .lab-pic-badge.lock rect { fill: ${ACCENT_LOW}; stroke: ${ACCENT}; }
.lab-pic-badge.poison rect, .lab-pic-badge.stranger rect { fill: ${RED_LOW}; stroke: ${RED}; }
.lab-pic-pointer { fill: none; stroke: ${MUTED}; stroke-width: 1.5; }
.lab-pic-arrowhead { fill: ${MUTED}; }
.lc-diagram { color: ${INK}; }
.lc-diagram text { font-family: 'IBM Plex Mono'; fill: ${INK}; }
.lc-edge path { fill: none; stroke: ${INK}; stroke-width: 1.4; }
.lc-edge polygon, .lc-start { fill: ${INK}; }
.lc-back path { stroke-dasharray: 5 3; }
.lc-label-bg { fill: ${PANEL}; }
.lc-label { font-size: 12px; text-anchor: middle; dominant-baseline: central; }
.lc-box, .lc-final { fill: ${PANEL}; stroke: ${INK}; stroke-width: 1.5; }
.lc-final { fill: none; }
.lc-name { font-size: 14px; text-anchor: middle; dominant-baseline: central; }
`;

/**
 * Symbols the shipped fonts lack, as characters they have: the drawing marks a held lock with ◆
 * and a torn-out page with ✗ (the card's text, not its meaning, changes: "• balloon_pages_lock:
 * CPU A" still says who holds it). tests/site/cards.test.ts checks every character is drawable.
 */
const STAND_INS: Array<[RegExp, string]> = [
  [/◆ /g, '• '],
  [/◇ /g, ''],
  [/✗/g, '×'],
];

/**
 * The drawing nested in the card, scaled to fit `box` (SVG's default preserveAspectRatio). The
 * rasteriser's CSS has no attribute selectors, so the badges' data-badge becomes a class.
 */
function placed(d: DrawnSvg, box: Box): string {
  const root = (tag: string) => {
    const keep = ['class', 'viewBox'].map(
      (name) => new RegExp(`\\s${name}="[^"]*"`).exec(tag)?.[0] ?? '',
    );
    return `<svg x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}"${keep.join('')}>`;
  };
  const markup = d.markup
    .replace(/^<svg\b[^>]*>/, root)
    .replace(/class="lab-pic-badge" data-badge="(\w+)"/g, 'class="lab-pic-badge $1"');
  return STAND_INS.reduce((text, [symbol, standIn]) => text.replace(symbol, standIn), markup);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Where things go. A tall drawing (the lifecycle) stands on a panel right of the title; a wide
 * one (the lab's lists) lies under it across the card, so it is drawn as large as it can be.
 */
export function cardLayout(drawing: { width: number; height: number }): {
  title: Box;
  panel: Box;
} {
  if (drawing.width / drawing.height < 1.3) {
    return {
      title: { x: 64, y: 130, w: 540, h: 380 },
      panel: { x: 640, y: 40, w: 520, h: 550 },
    };
  }
  return {
    title: { x: 64, y: 104, w: 1072, h: 150 },
    panel: { x: 40, y: 284, w: 1120, h: 306 },
  };
}

export interface CardText {
  /** "Lesson 7", shown above the title. */
  kicker: string;
  /** The title, already wrapped into lines that fit the layout's title box. */
  lines: string[];
  fontSize: number;
}

const SANS = "font-family:'IBM Plex Sans'";

/** The card: the course, the lesson's number and title, and its drawing on a light panel. */
export function cardSvg(text: CardText, drawing: DrawnSvg): string {
  const { title, panel } = cardLayout(drawing);
  const lineHeight = text.fontSize * 1.15;
  const first =
    title.y + (title.h - (text.lines.length - 1) * lineHeight) / 2 + text.fontSize * 0.35;
  const lines = text.lines
    .map(
      (line, i) => `<tspan x="${title.x}" y="${first + i * lineHeight}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const inner = { x: panel.x + 20, y: panel.y + 16, w: panel.w - 40, h: panel.h - 32 };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<style>${DRAWING_CSS}</style>
<rect width="${CARD.width}" height="${CARD.height}" fill="#101a33"/>
<rect width="12" height="${CARD.height}" fill="#7f9cf5"/>
<text x="64" y="84" style="${SANS};font-size:28px;font-weight:700;fill:#a9bcf7">Balloon Lab · ${escapeXml(text.kicker)}</text>
<text style="${SANS};font-size:${text.fontSize}px;font-weight:700;fill:#ffffff">${lines}</text>
<rect x="${panel.x}" y="${panel.y}" width="${panel.w}" height="${panel.h}" rx="18" fill="${PANEL}"/>
${placed(drawing, inner)}
</svg>`;
}

/**
 * The title in as few lines as fit `width`, at the largest size (64px down to 36px) that needs at
 * most `maxLines`. `measure` gives a string's width at a font size, in the card's font.
 */
export function wrapTitle(
  title: string,
  box: { w: number; h: number },
  measure: (text: string, fontSize: number) => number,
): { lines: string[]; fontSize: number } {
  const words = title.split(/\s+/).filter(Boolean);
  for (let fontSize = 64; ; fontSize -= 4) {
    const lines: string[] = [];
    for (const word of words) {
      const last = lines.length ? `${lines[lines.length - 1]} ${word}` : word;
      if (lines.length && measure(last, fontSize) <= box.w) lines[lines.length - 1] = last;
      else lines.push(word);
    }
    const fits = lines.length * fontSize * 1.15 <= box.h;
    if (fits || fontSize <= 36) return { lines, fontSize };
  }
}
