/**
 * `client:visible-preload`: hydrate when the island comes into view, as client:visible does, and
 * at that moment ask for every chunk its first use needs, as module preloads: the renderer, the
 * island, and the chunks the build listed beside the island's in its data-preload attribute
 * (integration.ts). Without it the browser finds them one layer at a time: the island's chunk,
 * then its imports, then the parts its first render fetches, three round trips before the lab can
 * take a Step (issue 14, goal 3). Small on purpose: Astro inlines it into every page with a lab.
 */
import type { ClientDirective } from 'astro';

const visiblePreload: ClientDirective = (load, _options, el) => {
  const io = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    io.disconnect();
    const island = el.getAttribute('component-url') ?? '';
    const dir = island.slice(0, island.lastIndexOf('/') + 1);
    const listed = (el.getAttribute('data-preload') ?? '').split(' ').filter(Boolean);
    // A module preload of a module the page already has is answered from its module map.
    for (const href of [el.getAttribute('renderer-url'), island, ...listed.map((n) => dir + n)])
      if (href)
        document.head.append(
          Object.assign(document.createElement('link'), { rel: 'modulepreload', href }),
        );
    void load().then((hydrate) => hydrate());
  });
  // The island's children, not the island itself: <astro-island> is display: contents.
  for (const child of el.children) io.observe(child);
};

export default visiblePreload;
