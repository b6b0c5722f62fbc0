/**
 * Which built chunks an island's first use needs, read from the client build in dist/_astro:
 * the island's chunk and everything it imports statically, and the same for each lazily loaded
 * part its first use fetches (named by source module: `engine` for engine.ts). The browser gets
 * the list as the island's data-preload attribute (integration.ts) and requests it all at once
 * when the island comes into view (directive.ts): one round trip instead of three.
 */

/** Static imports in a minified chunk: `from"./x.js"` and bare `import"./x.js"` (not `import(`). */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g;

/** The chunk files a chunk imports statically, by file name. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]);
}

/** The chunk and every chunk it reaches by static imports, in a stable order (first reached first). */
export function staticClosure(entry: string, read: (file: string) => string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of staticImports(read(file))) visit(dep);
  };
  visit(entry);
  return [...seen];
}

/** The one chunk built from the source module `name` (file `<name>.<hash>.js`). */
export function chunkOf(name: string, files: string[]): string {
  const found = files.filter((f) => f.startsWith(`${name}.`) && /^[\w-]+\.[\w-]{8}\.js$/.test(f));
  if (found.length !== 1)
    throw new Error(
      `preload: the lazily loaded part "${name}" should be one chunk in dist/_astro, found ${found.length === 0 ? 'none' : found.join(', ')}`,
    );
  return found[0];
}

/** Everything the island's first use needs: its chunk's closure, then each part's. */
export function firstUseChunks(
  island: string,
  parts: string[],
  files: string[],
  read: (file: string) => string,
): string[] {
  const all = new Set(staticClosure(island, read));
  for (const part of parts) for (const f of staticClosure(chunkOf(part, files), read)) all.add(f);
  return [...all];
}
