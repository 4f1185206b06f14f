import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { collectionNames, type CollectionName } from '../../src/lib/content/collections';

/** One content file as the tests see it: parsed data, body text and where it lives. */
export interface LoadedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function walk(dir: string): string[] {
  let files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    files = statSync(path).isDirectory() ? files.concat(walk(path)) : files.concat(path);
  }
  return files;
}

/** Reads every content file under `root` (default src/content) the way the loaders do. */
export function loadContent(root = 'src/content'): LoadedEntry[] {
  const entries: LoadedEntry[] = [];
  for (const collection of collectionNames) {
    const dir = join(root, collection);
    let files: string[];
    try {
      files = walk(dir);
    } catch {
      continue;
    }
    for (const path of files.sort()) {
      const match = /([^/]+)\.(mdx|md|yaml)$/.exec(path);
      if (!match) continue;
      const text = readFileSync(path, 'utf8');
      let data: unknown;
      let body = '';
      if (match[2] === 'yaml') {
        data = parseYaml(text);
      } else {
        const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
        data = fm ? parseYaml(fm[1] ?? '') : {};
        body = fm?.[2] ?? text;
      }
      entries.push({
        collection,
        id: match[1] ?? '',
        file: relative(process.cwd(), path),
        data: (data ?? {}) as Record<string, unknown>,
        body,
      });
    }
  }
  return entries;
}
