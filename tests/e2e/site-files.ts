import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = process.env.PLAYBOOK_OUT_DIR ?? 'dist';

/** Every built HTML file, relative to dist, Pagefind's own files left out. */
export function builtHtmlFiles(): string[] {
  if (!existsSync(distDir)) throw new Error('dist/ 不存在：先运行 npm run build。');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        files.push(relative(distDir, path).split(sep).join('/'));
      }
    }
  };
  walk(distDir);
  return files.sort();
}

/** The URL path a built HTML file is served at. */
export function routeOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Every page route of the built site. */
export function builtRoutes(): string[] {
  return builtHtmlFiles().map(routeOf);
}
