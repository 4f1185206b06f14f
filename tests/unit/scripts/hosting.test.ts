import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tier1Files, urlOf } from '../../../scripts/offline-tiers.mjs';
import {
  cacheControlFor,
  contentSecurityPolicy,
  headersFile,
  immutable,
  nginxCspConf,
  revalidate,
} from '../../../scripts/security-headers.mjs';

let dir = '';
function site(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'cp-hosting-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (policy: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('contentSecurityPolicy', () => {
  it('joins the script hashes of every page, leaves styles to each page and forbids framing', () => {
    const root = site({
      'index.html': page(
        "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'",
      ),
      'incident/index.html': page(
        "default-src 'self'; script-src 'self' 'sha256-B' 'sha256-A'; style-src 'self'",
      ),
      'pagefind/x.html': 'not a page of the site',
      'pagefind/pagefind.zh-cn_1.pf_meta': '',
    });
    expect(contentSecurityPolicy(root)).toBe(
      // Sources in first-seen order, pages in path order (incident/ before index.html).
      "default-src 'self'; script-src 'self' 'sha256-B' 'sha256-A'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  it("allows what any page allows, following each page's fallbacks, never 'none' beside a source", () => {
    const root = site({
      // A page that forbids by default and allows a few things (like /admin/)…
      'admin/index.html': page(
        "default-src 'none'; script-src 'self'; frame-src blob:; form-action 'none'; manifest-src 'none'",
      ),
      // …and pages that allow their own origin by default and name scripts by hash.
      'index.html': page(
        "default-src 'self'; script-src 'self' 'sha256-A'; form-action 'self'; manifest-src 'self'",
      ),
      'search/index.html': page("default-src 'self'; script-src 'self'; form-action 'self'"),
    });
    expect(contentSecurityPolicy(root)).toBe(
      [
        "default-src 'self'",
        "script-src 'self' 'sha256-A'",
        // The admin page's frames, and the others' fallback to default-src 'self'.
        "frame-src blob: 'self'",
        "form-action 'self'",
        // search/ leaves manifest-src to its default-src.
        "manifest-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "frame-ancestors 'none'",
      ].join('; '),
    );
  });

  it('leaves out a directive that some page leaves unrestricted', () => {
    const root = site({
      'a/index.html': page("default-src 'self'; base-uri 'self'"),
      'b/index.html': page("default-src 'self'"),
    });
    expect(contentSecurityPolicy(root)).toBe(
      "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });

  it('refuses a page without a policy, naming it', () => {
    const root = site({
      'index.html': page("default-src 'self'"),
      'bare/index.html': '<html></html>',
    });
    expect(() => contentSecurityPolicy(root)).toThrow(
      /bare\/index\.html: no <meta http-equiv="content-security-policy">/,
    );
  });

  it('writes the policy for HTML only into the nginx file and all rules into _headers', () => {
    const root = site({
      'index.html': page("default-src 'self'"),
      'pagefind/pagefind.zh-cn_1a2b.pf_meta': '',
      'sw-library.0123abcd.js': '',
    });
    expect(nginxCspConf(root)).toContain(
      `~^text/html "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";`,
    );
    const headers = headersFile(root);
    expect(headers).toContain(
      "/*\n  Content-Security-Policy: default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'\n",
    );
    expect(headers).toContain(
      `/pagefind/pagefind.zh-cn_1a2b.pf_meta\n  Cache-Control: ${immutable}`,
    );
    expect(headers).toContain(`/sw-library.0123abcd.js\n  Cache-Control: ${immutable}`);
    expect(headers).toContain(`/sw.js\n  Cache-Control: ${revalidate}`);
  });
});

describe('cacheControlFor', () => {
  it('keeps hashed files for a year and revalidates the rest', () => {
    expect(cacheControlFor('/_astro/shell.Ab12.js')).toBe(immutable);
    expect(cacheControlFor('/pagefind/fragment/zh-cn_1.pf_fragment')).toBe(immutable);
    expect(cacheControlFor('/pagefind/pagefind.js')).toBe(revalidate);
    expect(cacheControlFor('/incident/')).toBe(revalidate);
    expect(cacheControlFor('/sw.js')).toBe(revalidate);
  });
});

describe('tier1Files', () => {
  it('takes the incident tools, the search catalog and the scripts they load, even on first use, but not Pagefind', () => {
    const root = site({
      'index.html': '<script type="module" src="/_astro/shell.1.js"></script>',
      'incident/index.html': '',
      'incident/crowd-protest/index.html':
        '<script type="module" src="/_astro/card.1.js"></script>',
      'glossary/index.html': '<script type="module" src="/_astro/glossary.1.js"></script>',
      '_astro/shell.1.js': 'import("./search.1.js")',
      '_astro/search.1.js': 'import{a}from"./words.1.js"',
      '_astro/words.1.js': '',
      '_astro/card.1.js': '',
      '_astro/glossary.1.js': '',
      'pagefind/pagefind.js': '',
      'pagefind/search-catalog.json': '',
      'pagefind/index/zh-cn_1.pf_index': '',
    });
    const files = [
      'index.html',
      'incident/index.html',
      'incident/crowd-protest/index.html',
      'glossary/index.html',
      '_astro/shell.1.js',
      '_astro/search.1.js',
      '_astro/words.1.js',
      '_astro/card.1.js',
      '_astro/glossary.1.js',
      'pagefind/pagefind.js',
      'pagefind/search-catalog.json',
      'pagefind/index/zh-cn_1.pf_index',
    ];
    expect([...tier1Files(root, files)].sort()).toEqual([
      '_astro/card.1.js',
      '_astro/search.1.js',
      '_astro/shell.1.js',
      '_astro/words.1.js',
      'incident/crowd-protest/index.html',
      'incident/index.html',
      'index.html',
      'pagefind/search-catalog.json',
    ]);
  });

  it('serves pages at their folder', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('incident/log/index.html')).toBe('/incident/log/');
    expect(urlOf('404.html')).toBe('/404.html');
  });
});
