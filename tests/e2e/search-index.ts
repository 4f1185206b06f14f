import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFragment } from '../../src/lib/search/catalog';
import { joinHan } from '../../src/lib/search/index-text';
import { distDir } from './site-files';

/** What the built search index holds for each page: its URL and indexed text. */
export function indexedPages(): { url: string; title: string; text: string }[] {
  const dir = join(distDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const fragment = parseFragment(gunzipSync(readFileSync(join(dir, name))));
    return {
      url: fragment.url,
      title: joinHan(fragment.meta.title ?? ''),
      text: joinHan(fragment.content),
    };
  });
}

/** The URLs of the indexed pages whose text contains the string exactly. */
export function pagesContaining(text: string): string[] {
  return indexedPages()
    .filter((page) => page.text.includes(text))
    .map((page) => page.url)
    .sort();
}
