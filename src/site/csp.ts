/**
 * A strict Content-Security-Policy for the static build. After `astro build`, every HTML page
 * gets a <meta http-equiv="Content-Security-Policy"> whose script-src allows only this site's
 * own files plus the exact inline scripts that page carries (by SHA-256), so an injected script
 * cannot run. Styles stay 'unsafe-inline': Starlight and Expressive Code write style attributes,
 * which hashes cannot cover, and a style cannot run code. The README's deploy section lists the
 * HTTP headers to send as well (frame-ancestors and the like only work as headers).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './dist-files';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Inline <script> elements (no src attribute) and their exact text; data blocks never run. */
const INLINE_SCRIPT =
  /<script\b(?![^>]*\b(?:src\s*=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy for one page, given the text of its inline scripts. */
export function policyFor(inlineScripts: string[]): string {
  const hashes = [...new Set(inlineScripts.map(sha256))];
  return [
    "default-src 'self'",
    // Pagefind's search runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element of <head> after the charset declaration. */
export function withPolicy(html: string): string {
  if (/http-equiv="Content-Security-Policy"/i.test(html)) return html;
  const scripts = [...html.matchAll(INLINE_SCRIPT)].map((m) => m[1]);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(scripts)}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return html.slice(0, at) + meta + html.slice(at);
  }
  return html.replace(/<head[^>]*>/i, (head) => head + meta);
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'balloon-lab:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}
