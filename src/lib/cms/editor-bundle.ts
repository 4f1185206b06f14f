import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';
import { editorBase } from './admin-page';

/** The editor's entry module: Sveltia CMS plus this project's drill preview for it. */
const entry = 'src/scripts/cms-editor.ts';
const sources = [entry, 'src/scripts/cms-drill-pane.ts', 'src/lib/cms/drill-review.ts'];
const sveltiaVersion = (): string =>
  (
    JSON.parse(readFileSync('node_modules/@sveltia/cms/package.json', 'utf8')) as {
      version: string;
    }
  ).version;

/** Changes with the editor's code, for the page's cache-busting query. */
export function editorVersion(): string {
  const hash = createHash('sha256').update(sveltiaVersion());
  for (const file of sources) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Keeps the editor inside its own site, so it works on an intranet and under its CSP, and lets
 * it be zoomed:
 * - Shiki's grammars and themes (for code fields; the trainers' collections have none) are left
 *   out instead of becoming hundreds of chunks;
 * - Sveltia's stylesheet also names its three fonts on a public CDN, beside the copies it ships
 *   and registers itself: those CDN rules are removed;
 * - its update check asks the public npm CDN for the latest version: it asks this site instead,
 *   which answers with the installed version (a pinned copy is upgraded with npm, not in place);
 * - its viewport forbids zooming (maximum-scale=1): that is dropped, so the page can be zoomed.
 * Each edit must find what it edits, so a Sveltia upgrade that moves it stops the build.
 */
function keepEditorLocal(): Plugin {
  const stub = '\0cp-no-shiki-grammar';
  const replace = (code: string, pattern: RegExp, by: string, what: string, expected: number) => {
    const count = code.match(pattern)?.length ?? 0;
    if (count !== expected) {
      throw new Error(
        `编辑器打包：在 @sveltia/cms 里找到 ${count} 处${what}，应为 ${expected} 处。升级 Sveltia CMS 后请核对 src/lib/cms/editor-bundle.ts 的 keepEditorLocal。`,
      );
    }
    return code.replace(pattern, by);
  };
  return {
    name: 'cp-editor-local',
    enforce: 'pre',
    resolveId: (id) =>
      id.startsWith('@shikijs/langs/') || id.startsWith('@shikijs/themes/') ? stub : undefined,
    load: (id) => (id === stub ? 'export default [];' : undefined),
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('@sveltia/cms/npm/index.js')) return undefined;
      let out = replace(
        code,
        /@font-face \{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g,
        '',
        '从公共 CDN 加载字体的 @font-face',
        3,
      );
      out = replace(
        out,
        /`https:\/\/unpkg\.com\/@sveltia\/cms`/g,
        `\`${editorBase}sveltia\``,
        '公共 CDN 上的 Sveltia 地址',
        1,
      );
      // Let trainers zoom the page (WCAG 1.4.4): Sveltia's shell sets maximum-scale=1.
      out = replace(out, /`maximum-scale=1`,/g, '', '禁止缩放的 maximum-scale=1', 1);
      return { code: out, map: null };
    },
  };
}

/** Builds the editor into `outDir` (served at /admin/cms/). */
export async function buildEditor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: process.cwd(),
    base: editorBase,
    logLevel: 'warn',
    publicDir: false,
    plugins: [keepEditorLocal()],
    build: {
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      target: 'es2022',
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { editor: resolve(entry) },
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
        checks: { pluginTimings: false },
      },
    },
  });
  // What the update check reads instead of the npm CDN: the version installed here.
  mkdirSync(join(outDir, 'sveltia'), { recursive: true });
  writeFileSync(
    join(outDir, 'sveltia', 'package.json'),
    `${JSON.stringify({ version: sveltiaVersion() })}\n`,
  );
}

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/**
 * Astro integration: `astro build` writes the editor to <outDir>/admin/cms/; `astro dev` builds
 * it once, on the first request, into the cache and serves it from there (same files as a build).
 */
export function editorBundle(cacheDir: string): AstroIntegration {
  return {
    name: 'cp-editor-bundle',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        const dir = resolve(cacheDir, 'cms-editor');
        let built: Promise<void> | undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'cp-editor-dev',
                configureServer(server) {
                  server.middlewares.use(editorBase, (request, response, next) => {
                    built ??= buildEditor(dir);
                    built.then(
                      () => {
                        const path = normalize(
                          decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname),
                        ).replace(/^([/\\]\.\.)+/, '');
                        const file = join(dir, path);
                        if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile())
                          return next();
                        response.setHeader(
                          'Content-Type',
                          types[extname(file)] ?? 'application/octet-stream',
                        );
                        createReadStream(file).pipe(response);
                      },
                      (error: unknown) => next(error),
                    );
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin', 'cms');
        const started = Date.now();
        await buildEditor(out);
        logger.info(`培训内容编辑器 → ${out}（${((Date.now() - started) / 1000).toFixed(1)} 秒）`);
      },
    },
  };
}
