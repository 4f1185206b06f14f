import type { Page } from '@playwright/test';

/**
 * Sets the system colour scheme and waits until the open page follows it: src/scripts/theme-init.js
 * applies the change on the media query's change event, one task later. A page without that
 * script (/admin/, about:blank) has no data-theme and is not waited for.
 */
export async function emulateScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((scheme) => {
    const theme = document.documentElement.dataset.theme;
    return theme === undefined || theme === scheme;
  }, colorScheme);
}
