/**
 * WCAG contrast helpers. Syntax themes pick some colours (orange on white, for instance) below
 * the 4.5:1 that AA asks of body text; the widgets' code is nudged towards black or white until
 * it reaches a target ratio against the code panel's background, as Starlight's own code blocks do.
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const value = hex.replace('#', '').slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

/** `colour`, mixed towards black or white (away from `background`) until it reaches `target`. */
export function ensureContrast(colour: string, background: string, target: number): string {
  const towards: Rgb = luminance(parseHex(background)) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  const start = parseHex(colour);
  for (let step = 0; step <= 20; step++) {
    const mixed = start.map((c, i) => c + ((towards[i] - c) * step) / 20) as Rgb;
    if (contrastRatio(toHex(mixed), background) >= target) return toHex(mixed);
  }
  return toHex(towards);
}
