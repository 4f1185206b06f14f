import { isAbsolute, relative } from 'node:path';
import type { APIRoute } from 'astro';
import { dump } from 'js-yaml';
import { getCatalog } from '../../data/catalog';
import { backendFromEnv } from '../../lib/cms/backend';
import { editorConfig } from '../../lib/cms/config';
import type { ReferenceOption } from '../../lib/cms/fields';
import { collectionNames } from '../../lib/content/collections';

/**
 * /admin/config.yml, the editor's configuration, generated from the zod schemas on every build
 * (and every request in dev), with every entry of the site offered by title in reference fields.
 */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const entries: ReferenceOption[] = collectionNames.flatMap((collection) =>
    catalog
      .list(collection)
      .map((entry) => ({ id: entry.id, title: entry.data.title, collection })),
  );
  const firm = process.env.PLAYBOOK_FIRM;
  const config = editorConfig({
    backend: backendFromEnv(process.env),
    entries,
    ...(firm ? { firmFile: isAbsolute(firm) ? relative(process.cwd(), firm) : firm } : {}),
  });
  const header = '# 由 src/lib/cms/config.ts 按 src/schemas 的 zod 定义在构建时生成，不要手改。\n';
  return new Response(header + dump(config, { lineWidth: -1, noRefs: true }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
