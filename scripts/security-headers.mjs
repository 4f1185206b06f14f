// The HTTP headers the site is served with, in one place. deploy/nginx.conf sets the same values
// (tests/e2e/hosting.spec.ts compares what nginx sends with this module); the build writes them
// into `_headers` for static hosts (Netlify-style), and the nginx CSP file comes from here too.
//
// The Content-Security-Policy is read from the build output: Astro writes a <meta> policy into
// every page with the hashes of that page's inline scripts and styles. The header policy is the
// union of those for scripts, leaves styles to each page's <meta> policy (see below), and adds
// what a <meta> cannot say (frame-ancestors). It changes with every build that changes an
// inline script, and is never copied by hand.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Headers for every response (nosniff matters most on scripts and styles). */
export const everyResponse = {
  'X-Content-Type-Options': 'nosniff',
};

/** Headers that only mean something on a page; sent with HTML only, not with every file. */
export const pageHeaders = {
  'Referrer-Policy': 'same-origin',
  // Features the site never uses, denied to it and to anything that might be injected.
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  // For browsers older than CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** One year, never revalidated: only for files whose name changes when their content does. */
export const immutable = 'public, max-age=31536000, immutable';
/** Everything else: the browser keeps a copy but asks the server (ETag) before using it. */
export const revalidate = 'no-cache';

/**
 * Paths whose names carry a content hash, as regular expressions on the URL path: Astro's
 * bundles, Pagefind's index chunks and fragments and its meta file, the service worker's
 * library list. HTML, sw.js, the manifest, the search catalog and Pagefind's loader are not
 * hashed and are revalidated.
 */
export const immutablePaths = [
  /^\/_astro\//,
  /^\/pagefind\/(?:index|fragment|filter)\//,
  /^\/pagefind\/pagefind\.[^/]+\.pf_meta$/,
  /^\/sw-library\.[0-9a-f]+\.js$/,
];

/** The Cache-Control a path is served with. */
export function cacheControlFor(path) {
  return immutablePaths.some((pattern) => pattern.test(path)) ? immutable : revalidate;
}

function htmlFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') files.push(...htmlFiles(path));
    } else if (name.endsWith('.html')) files.push(path);
  }
  return files;
}

const metaPolicy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** A policy as directive name → sources, as written. */
function parsePolicy(policy) {
  /** @type {Map<string, string[]>} */
  const directives = new Map();
  for (const part of policy.replaceAll('&#39;', "'").split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name)) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * Where a fetch directive a policy leaves out takes its sources from (CSP Level 3, section 6.8.3).
 * Directives not listed here (base-uri, form-action, sandbox…) have no fallback: left out, they
 * allow everything.
 */
const fallbacks = {
  'script-src-elem': ['script-src', 'default-src'],
  'script-src-attr': ['script-src', 'default-src'],
  'style-src-elem': ['style-src', 'default-src'],
  'style-src-attr': ['style-src', 'default-src'],
  'worker-src': ['child-src', 'script-src', 'default-src'],
  'frame-src': ['child-src', 'default-src'],
  'child-src': ['default-src'],
  'script-src': ['default-src'],
  'style-src': ['default-src'],
  'img-src': ['default-src'],
  'font-src': ['default-src'],
  'connect-src': ['default-src'],
  'media-src': ['default-src'],
  'object-src': ['default-src'],
  'manifest-src': ['default-src'],
  'default-src': [],
};

/** The sources `name` allows under `policy`, following fallbacks; null when it allows anything. */
function effectiveSources(policy, name) {
  if (policy.has(name)) return policy.get(name);
  for (const fallback of fallbacks[name] ?? [])
    if (policy.has(fallback)) return policy.get(fallback);
  return null;
}

/**
 * The site's Content-Security-Policy header, from the <meta> policies of every built page in
 * `dir`. A browser enforces the header and a page's own <meta> policy together, so the header
 * must allow whatever any page's policy allows (each page stays pinned by its own): for every
 * directive, the union of what each page allows, following the fallbacks a page relies on when it
 * leaves a directive out ('none' dropped once anything else is allowed; a directive some page
 * leaves unrestricted is left out). Sources keep their first-seen order. Styles as the pages'
 * own policies allow them; framing forbidden.
 * Throws when a page has no policy (the header would then block what that page needs).
 */
export function contentSecurityPolicy(dir) {
  const pages = htmlFiles(dir).sort();
  if (pages.length === 0)
    throw new Error(`${dir}: no HTML files. Build the site first (npm run build).`);
  const policies = pages.map((file) => {
    const policy = metaPolicy.exec(readFileSync(file, 'utf8'))?.[1];
    if (!policy) {
      throw new Error(
        `${file}: no <meta http-equiv="content-security-policy">. Every page must go through src/layouts/BaseLayout.astro (Astro writes the policy), or the header policy would block it.`,
      );
    }
    return parsePolicy(policy);
  });
  /** @type {Map<string, Set<string> | null>} */
  const directives = new Map();
  for (const policy of policies) for (const name of policy.keys()) directives.set(name, new Set());
  for (const [name, union] of directives) {
    for (const policy of policies) {
      const sources = effectiveSources(policy, name);
      if (sources === null) {
        directives.set(name, null);
        break;
      }
      for (const source of sources) union?.add(source);
    }
    const sources = directives.get(name);
    if (sources && sources.size > 1) sources.delete("'none'");
  }
  for (const [name, sources] of directives) if (sources === null) directives.delete(name);
  // Styles: every page's own <meta> policy pins its inline styles by hash, and a browser enforces
  // the header and the <meta> policy together, so a style must pass both. The header therefore
  // leaves them to the page instead of listing every page's hashes: that list (~50 hashes, 2.5 KB)
  // would travel with each of the ~20 pages saved for offline use on the first visit.
  directives.set('style-src', new Set(["'self'", "'unsafe-inline'"]));
  // Only a header can forbid framing (clickjacking); a <meta> policy ignores it.
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, sources]) => [name, ...(sources ?? [])].join(' ')).join('; ');
}

/**
 * `_headers` for static hosts that read one (Netlify, Cloudflare Pages, EdgeOne Pages and
 * similar). Hosts join values when two rules set the same header, so Cache-Control is set only
 * on the hashed paths and the files that must revalidate; pages keep the host's default, which
 * on these hosts already revalidates.
 */
export function headersFile(dir) {
  const lines = [
    '# Written by scripts/build-headers.mjs at build time. Do not edit: rebuild.',
    '/*',
  ];
  const all = {
    'Content-Security-Policy': contentSecurityPolicy(dir),
    ...everyResponse,
    ...pageHeaders,
  };
  for (const [name, value] of Object.entries(all)) lines.push(`  ${name}: ${value}`);
  const rule = (path, value) => lines.push(path, `  Cache-Control: ${value}`);
  for (const path of [
    '/_astro/*',
    '/pagefind/index/*',
    '/pagefind/fragment/*',
    '/pagefind/filter/*',
  ])
    rule(path, immutable);
  const hashedTopLevel = [
    ...readdirSync(join(dir, 'pagefind'))
      .filter((name) => name.endsWith('.pf_meta'))
      .map((name) => `/pagefind/${name}`),
    ...readdirSync(dir)
      .filter((name) => /^sw-library\.[0-9a-f]+\.js$/.test(name))
      .map((name) => `/${name}`),
  ];
  for (const path of hashedTopLevel) rule(path, immutable);
  for (const path of ['/sw.js', '/manifest.webmanifest']) rule(path, revalidate);
  return `${lines.join('\n')}\n`;
}

/** The per-build nginx file that deploy/nginx.conf includes: the CSP for HTML responses. */
export function nginxCspConf(dir) {
  const policy = contentSecurityPolicy(dir);
  if (policy.includes('"') || policy.includes('\\'))
    throw new Error(`CSP contains a quote or backslash: ${policy}`);
  return [
    '# Content-Security-Policy of one build of 客诉危机应对手册, with the hashes of its inline',
    '# scripts. Written by `npm run package` (scripts/security-headers.mjs); replace it',
    '# with the copy from each new package and reload nginx. Included by deploy/nginx.conf.',
    'map $sent_http_content_type $kesu_weiji_csp {',
    '    default "";',
    `    ~^text/html "${policy}";`,
    '}',
    '',
  ].join('\n');
}
