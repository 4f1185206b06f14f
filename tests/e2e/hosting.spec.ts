// nginx with deploy/nginx.conf (project nginx in playwright.config.ts): the headers a firm's
// server sends, caching per path, compression, the 404 page and trailing-slash redirects.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { nginxTest } from '../../scripts/serve-nginx.mjs';
import {
  contentSecurityPolicy,
  everyResponse,
  immutable,
  pageHeaders,
  revalidate,
} from '../../scripts/security-headers.mjs';
import { distDir } from './site-files';

const firstFile = (folder: string, pattern: RegExp) => {
  const name = readdirSync(join(distDir, folder)).find((file) => pattern.test(file));
  if (!name) throw new Error(`${distDir}/${folder} has no file matching ${pattern}`);
  return `/${folder ? `${folder}/` : ''}${name}`;
};

test('nginx -t 接受 deploy/nginx.conf 和本次构建的 CSP 文件', () => {
  const prefix = mkdtempSync(join(tmpdir(), 'kesu-nginx-t-'));
  try {
    const { ok, output } = nginxTest({ dir: distDir, port: 8080, prefix });
    expect(output).toContain('syntax is ok');
    expect(ok, output).toBe(true);
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});

test('页面带安全响应头：CSP 含 frame-ancestors 和本页全部脚本哈希', async ({ request }) => {
  const response = await request.get('/incident/crowd-protest/');
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toBe(contentSecurityPolicy(distDir));
  // Every script hash the page's own <meta> policy allows, the header allows too.
  const meta =
    /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
      await response.text(),
    )?.[1] ?? '';
  const scriptHashes = /script-src([^;]*)/.exec(meta)?.[1]?.match(/'sha256-[^']+'/g) ?? [];
  expect(scriptHashes.length).toBeGreaterThan(1);
  const headerScripts = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
  for (const hash of scriptHashes) expect(headerScripts).toContain(hash);
  for (const [name, value] of Object.entries({ ...everyResponse, ...pageHeaders })) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
});

test('静态托管用的 _headers 与 nginx 发出的 CSP 一致', async ({ request }) => {
  const file = readFileSync(join(distDir, '_headers'), 'utf8');
  const csp = (await request.get('/')).headers()['content-security-policy'];
  expect(file).toContain(`  Content-Security-Policy: ${csp}\n`);
  expect(file).toContain(`/_astro/*\n  Cache-Control: ${immutable}`);
  // The build file itself is not served.
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('缓存按路径区分：带哈希的文件长期缓存，页面、sw.js 和 manifest 每次校验', async ({
  request,
}) => {
  const cases: [string, string][] = [
    ['/', revalidate],
    ['/incident/', revalidate],
    ['/sw.js', revalidate],
    ['/manifest.webmanifest', revalidate],
    ['/pagefind/pagefind.js', revalidate],
    ['/pagefind/search-catalog.json', revalidate],
    [firstFile('_astro', /\.js$/), immutable],
    [firstFile('pagefind/index', /\.pf_index$/), immutable],
    [firstFile('pagefind/fragment', /\.pf_fragment$/), immutable],
    [firstFile('pagefind', /\.pf_meta$/), immutable],
    [firstFile('', /^sw-library\.[0-9a-f]+\.js$/), immutable],
  ];
  for (const [path, expected] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(expected);
    // nosniff on everything; the page-only headers stay off files (hundreds per full download).
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    if (!/^text\/html/.test(response.headers()['content-type'] ?? '')) {
      expect(response.headers()['content-security-policy'], path).toBeUndefined();
    }
  }
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toMatch(
    /^application\/manifest\+json/,
  );
});

test('文本用 gzip 压缩（有 Brotli 模块时也支持 br），已压缩的索引块不再压缩', async ({
  request,
}) => {
  const gzip = { 'Accept-Encoding': 'gzip' };
  for (const path of [
    '/incident/crowd-protest/',
    firstFile('_astro', /\.js$/),
    '/pagefind/search-catalog.json',
    '/manifest.webmanifest',
  ]) {
    const response = await request.get(path, { headers: gzip });
    expect(response.headers()['content-encoding'], path).toBe('gzip');
    expect(response.headers()['vary'], path).toContain('Accept-Encoding');
  }
  // Under 512 bytes compression costs more than it saves.
  expect(
    (await request.get('/favicon.svg', { headers: gzip })).headers()['content-encoding'],
  ).toBeUndefined();
  const chunk = await request.get(firstFile('pagefind/index', /\.pf_index$/), { headers: gzip });
  expect(chunk.headers()['content-encoding']).toBeUndefined();
  if (existsSync('/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so')) {
    const br = await request.get('/incident/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(br.headers()['content-encoding']).toBe('br');
  }
});

test('文件夹地址不带斜杠时 301 到带斜杠的地址（保留查询），找不到的地址返回中文 404 页', async ({
  request,
}) => {
  const redirect = await request.get('/incident/log?from=qr', { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers()['location']).toBe('/incident/log/?from=qr');

  const missing = await request.get('/no-such-page/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toMatch(/<h1[^>]*>找不到这个页面<\/h1>/);
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('npm run package 打出带日期的 zip：网站、nginx 配置和本次构建的 CSP 文件', () => {
  const out = mkdtempSync(join(tmpdir(), 'kesu-package-test-'));
  try {
    execFileSync(process.execPath, ['scripts/package.mjs', '--dir', distDir, '--out', out], {
      stdio: 'pipe',
    });
    const [zip] = readdirSync(out);
    expect(zip).toMatch(/^kesu-weiji-shouce-\d{4}-\d{2}-\d{2}\.zip$/);
    const top = zip?.replace(/\.zip$/, '');
    const listing = execFileSync('zip', ['-sf', join(out, zip ?? '')], { encoding: 'utf8' });
    for (const file of [
      'site/index.html',
      'site/sw.js',
      'site/incident/crowd-protest/index.html',
      'nginx/kesu-weiji-shouce.conf',
      'nginx/kesu-weiji-shouce/csp.conf',
      'nginx/brotli.conf',
    ]) {
      expect(listing, file).toContain(`${top}/${file}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
