// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { editorBundle } from './src/lib/cms/editor-bundle.ts';
import { firmPlugin } from './src/lib/firm/vite-plugin.ts';

// Scripts that must run before the page's modules do, so they run inline; CSP allows them by hash.
// theme-init applies the theme before first paint; early-ticks stamps the time of checklist ticks
// made on an incident card before its script has loaded (a slow connection).
const inlineHash = (/** @type {string} */ file) =>
  /** @type {`sha256-${string}`} */ (
    `sha256-${createHash('sha256')
      .update(readFileSync(new URL(`./src/scripts/${file}`, import.meta.url), 'utf8'))
      .digest('base64')}`
  );

// Fixture builds (tests/fixtures) must not touch the real site's output or cache.
const fixture = process.env.PLAYBOOK_CONTENT_DIR;
const cacheDir = process.env.PLAYBOOK_OUT_DIR
  ? `${process.env.PLAYBOOK_OUT_DIR}-cache`
  : './.cache/astro';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // PLAYBOOK_OUT_DIR lets parallel builds (fixtures, a second checkout's tests) stay apart.
  outDir: process.env.PLAYBOOK_OUT_DIR ?? (fixture ? '.fixture-builds/out' : './dist'),
  // A cache inside the checkout, not node_modules, so checkouts sharing node_modules stay apart.
  cacheDir,
  // /offline/ is what the service worker shows for pages not saved on the device, /admin/ is the
  // trainers' editor: neither is for search engines. editorBundle writes the editor to /admin/cms/
  // (fixture builds only prove that content fails or passes, so they go without it).
  integrations: [
    mdx(),
    sitemap({
      filter: (page) =>
        !page.endsWith('/offline/') && !new URL(page).pathname.startsWith('/admin/'),
    }),
    ...(fixture ? [] : [editorBundle(cacheDir)]),
  ],
  devToolbar: { enabled: false },
  // No code blocks in the playbook; Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  build: { inlineStylesheets: 'always' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [inlineHash('theme-init.js'), inlineHash('early-ticks.js')],
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    cacheDir: process.env.PLAYBOOK_OUT_DIR
      ? `${process.env.PLAYBOOK_OUT_DIR}-vite`
      : './.cache/vite',
    plugins: [
      firmPlugin(),
      {
        // No preload helper around import(): content pages ship only the shell script, and
        // lazily loaded modules are small enough not to need their imports preloaded. Astro
        // sets the client build's options itself, so this has to happen per environment.
        name: 'cp-no-module-preload',
        configEnvironment(name) {
          if (name === 'client') return { build: { modulePreload: false } };
        },
      },
    ],
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
