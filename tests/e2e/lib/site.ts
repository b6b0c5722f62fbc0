import { launchBrowser, type Site } from './browser';
import { startServer } from './server';

export * from './axe';
export * from './browser';
export * from './js-size';
export * from './links';
export * from './pages';
export * from './problems';
export * from './server';
export * from './visit';

/** One server and one browser for a whole test file; pair with closeSite() in afterAll. */
export async function openSite(options: { scrollbars?: boolean } = {}): Promise<Site> {
  const [server, browser] = await Promise.all([startServer(), launchBrowser(options)]);
  return { server, browser };
}

export async function closeSite(site: Site | undefined): Promise<void> {
  await site?.browser.close();
  await site?.server.close();
}
