/**
 * SVG to PNG with resvg (WebAssembly, so the same on every machine) and only the fonts shipped in
 * ./fonts (IBM Plex, SIL Open Font License: fonts/OFL.txt). The WebAssembly build cannot read
 * system fonts at all, so a CI machine without any fonts draws exactly the text a developer's
 * machine does.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg, type ResvgRenderOptions } from '@resvg/resvg-wasm';

/** From the project root, as the build runs: Astro bundles this file, so import.meta.url moves. */
const FONT_DIR = 'src/site/cards/fonts';
const FONT_FILES = ['IBMPlexSans-Bold.ttf', 'IBMPlexSans-Regular.ttf', 'IBMPlexMono-Regular.ttf'];

/** The font files' bytes, which also go into the cache key (a new font draws a new card). */
export const FONTS: Uint8Array[] = FONT_FILES.map(
  (name) => new Uint8Array(readFileSync(join(FONT_DIR, name))),
);

const OPTIONS: ResvgRenderOptions = {
  font: {
    fontBuffers: FONTS,
    defaultFontFamily: 'IBM Plex Sans',
    sansSerifFamily: 'IBM Plex Sans',
    monospaceFamily: 'IBM Plex Mono',
  },
};

/** resvg itself, compiled to WebAssembly; its bytes also go into the cache key. */
export const WASM: Uint8Array = new Uint8Array(
  readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')),
);

let ready: Promise<void> | undefined;

/** Loads the WebAssembly module once per process. */
export function rasteriser(): Promise<void> {
  ready ??= initWasm(WASM);
  return ready;
}

/** The PNG of `svg` at its own size. Call after rasteriser() has resolved. */
export function toPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, OPTIONS);
  try {
    return resvg.render().asPng();
  } finally {
    resvg.free();
  }
}
