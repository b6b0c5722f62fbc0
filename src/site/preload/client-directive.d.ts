// The directive src/site/preload adds, so .astro files may use it with a list of part names.
declare module 'astro' {
  interface AstroClientDirectives {
    'client:visible-preload'?: string[];
  }
}
export {};
