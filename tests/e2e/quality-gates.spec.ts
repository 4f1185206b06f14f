import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtRoutes } from './site-files';
import { emulateScheme } from './theme';

const viewports = [
  { name: '手机 360', width: 360, height: 740 },
  { name: '桌面 1280', width: 1280, height: 800 },
] as const;
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Collects console errors and CSP violations from the moment the page starts loading. */
async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return errors;
}

/**
 * Rules left out on one route, each with its reason. /admin/ is drawn by Sveltia CMS, a
 * third-party app, once its module has loaded: its sign-in screen has no <main> and puts its
 * heading and buttons outside any landmark, and its editor brings its own <main>, so wrapping it
 * in one of ours would nest landmarks. These two landmark rules (axe best practices, not WCAG
 * criteria) are left out there; every other rule, and the console and CSP checks, still apply,
 * and the page's own shell (shown until the editor has loaded) passes them all.
 */
const routeExceptions: Record<string, string[]> = { '/admin/': ['region', 'landmark-one-main'] };

async function axeViolations(page: Page, route: string): Promise<string[]> {
  // Legacy mode runs in the page itself (no helper page per run) and violations-only skips
  // computing passes: together about ten times faster, the same violations (no iframes here).
  const result = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    // After options(), which replaces the options disableRules writes.
    .disableRules(routeExceptions[route] ?? [])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/**
 * One page of each section (the first in order) and an incident card: the sample that also runs
 * against nginx, whose CSP header applies on top of each page's <meta> policy (tag @nginx,
 * project nginx-quality-gates in playwright.config.ts).
 */
function nginxSample(routes: string[]): Set<string> {
  const sample = new Map<string, string>();
  for (const route of routes) {
    const section = route.split('/')[1] ?? '';
    if (!sample.has(section)) sample.set(section, route);
  }
  const card = routes.find(
    (route) => /^\/incident\/[^/]+\/$/.test(route) && !/\/(log|contacts)\/$/.test(route),
  );
  return new Set([...sample.values(), ...(card ? [card] : [])]);
}

const routes = builtRoutes();
const sample = nginxSample(routes);

for (const route of routes) {
  test.describe(`质量门槛 ${route}`, () => {
    for (const viewport of viewports) {
      const tag = sample.has(route) ? ['@nginx'] : [];
      test(
        `${viewport.name}：无 axe 违规、控制台错误与 CSP 违规（浅色与深色）`,
        { tag },
        async ({ page }) => {
          await page.setViewportSize({ width: viewport.width, height: viewport.height });
          const errors = await watchErrors(page);
          await emulateScheme(page, 'light');
          await page.goto(route, { waitUntil: 'load' });
          // /admin/: check the editor's first screen, not whichever of it and the loading shell
          // happens to be there when the check runs.
          if (route === '/admin/')
            await page
              .locator('[data-editor-loading]')
              .waitFor({ state: 'detached', timeout: 30_000 });
          const light = await axeViolations(page, route);
          await emulateScheme(page, 'dark');
          const dark = await axeViolations(page, route);
          expect.soft(light, '浅色主题 axe 违规').toEqual([]);
          expect.soft(dark, '深色主题 axe 违规').toEqual([]);
          expect(errors, '控制台错误或 CSP 违规').toEqual([]);
        },
      );
    }
  });
}
