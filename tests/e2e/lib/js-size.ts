import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface ScriptSize {
  url: string;
  gzipBytes: number;
}

function isJavaScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  return type.includes('javascript') || /\.m?js$/.test(new URL(response.url()).pathname);
}

/**
 * Records every JavaScript response the page receives. Sizes are gzipped here, at the default
 * level, so the budget does not depend on whether the server compresses. Call the returned
 * function once the page is idle (as often as you like: each call covers everything so far).
 */
export function trackJavaScript(page: Page): () => Promise<ScriptSize[]> {
  const sizes: Promise<ScriptSize>[] = [];
  page.on('response', (response) => {
    if (!isJavaScript(response) || response.status() >= 300) return;
    const size = response.body().then((body) => ({
      url: response.url(),
      gzipBytes: gzipSync(body).length,
    }));
    // A script still arriving when the test closes its page can no longer be read; that is only
    // an error for a caller who asks for the sizes, not an unhandled rejection after the test.
    size.catch(() => undefined);
    sizes.push(size);
  });
  return () => Promise.all([...sizes]);
}

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
