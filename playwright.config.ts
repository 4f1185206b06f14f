import { defineConfig, devices } from '@playwright/test';
import { findNginx } from './scripts/serve-nginx.mjs';
import { chromiumArgs, findChromium } from './tests/e2e/browser';

const port = Number(process.env.E2E_PORT ?? 4399);
// The same build served by nginx with deploy/nginx.conf, as a firm would host it.
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? port + 1);
const dist = process.env.PLAYBOOK_OUT_DIR ?? 'dist';
const executablePath = findChromium();
const nginx = findNginx();
if (!nginx) {
  if (process.env.CI)
    throw new Error(
      'CI runs the e2e suite against nginx too: install it (sudo apt-get install -y nginx).',
    );
  console.warn('nginx not found: the nginx projects are skipped (sudo apt-get install -y nginx).');
}
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath, args: chromiumArgs },
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    locale: 'zh-CN',
    // The service worker precaches the incident tools and, on a connection that is not metered,
    // downloads the whole site (~3.5 MB) in every fresh context; only the offline tests need it
    // (they opt back in with test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    // Every spec against the small Node server, except the checks of nginx's own headers.
    { name: 'chromium', testIgnore: /hosting\.spec\.ts$/, use: browser },
    ...(nginx
      ? [
          // Offline, search and navigation, and the headers, against nginx.
          {
            name: 'nginx',
            testMatch: /(offline|search|shell|hosting)\.spec\.ts$/,
            use: { ...browser, baseURL: `http://127.0.0.1:${nginxPort}` },
          },
          // A sample of the quality gates (one page per kind, tagged @nginx): CSP as a header too.
          {
            name: 'nginx-quality-gates',
            testMatch: /quality-gates\.spec\.ts$/,
            grep: /@nginx/,
            use: { ...browser, baseURL: `http://127.0.0.1:${nginxPort}` },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `node scripts/serve-static.mjs ${dist} ${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(nginx
      ? [
          {
            command: `node scripts/serve-nginx.mjs --dir ${dist} --port ${nginxPort}`,
            url: `http://127.0.0.1:${nginxPort}/`,
            // Never an nginx left from an earlier build: its CSP file would be that build's.
            reuseExistingServer: false,
            timeout: 60_000,
          },
        ]
      : []),
  ],
});
