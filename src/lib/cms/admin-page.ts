import { cmsShellText } from '../i18n/zh-cms';

/** Where the editor's own files are served (built by src/lib/cms/editor-bundle.ts). */
export const editorBase = '/admin/cms/';

/**
 * The Content-Security-Policy of /admin/ and nothing else: exactly what Sveltia CMS needs.
 * Scripts only from this site; its Svelte components add <style> elements and style attributes
 * at run time, so styles may be inline (styles cannot run code); it turns the logo into a data:
 * favicon (fetched, then shown); avatars and the Git API come from the firm's Git server; its
 * preview pane is a frame it writes itself (blob:). No other frames, no workers, plugins or form
 * posts. The rest of the site keeps its strict policy.
 */
export function editorPolicy(gitOrigin?: string): string {
  const git = gitOrigin ? ` ${gitOrigin}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${git}`,
    "font-src 'self'",
    `connect-src 'self' data:${git}`,
    // The preview pane of a drill is a frame the editor writes itself (a blob: document).
    'frame-src blob:',
    "manifest-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const escapeText = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

export interface EditorPageOptions {
  /** The Git server's origin, if IT has named one (README「培训内容编辑器」). */
  gitOrigin?: string;
  /** Changes when the editor's code changes, so browsers do not run a stale copy. */
  version: string;
}

/**
 * The page at /admin/: its own policy in a meta element (Astro's site-wide policy would forbid
 * the editor's inline styles), the generated configuration, and the editor's module. Until the
 * editor has loaded the page shows its title and a loading note; the editor then draws its whole
 * interface into the body and the note is removed (src/scripts/cms-editor.ts).
 */
export function editorPageHtml({ gitOrigin, version }: EditorPageOptions): string {
  const t = cmsShellText;
  return `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="${escapeAttribute(editorPolicy(gitOrigin))}">
    <meta name="robots" content="noindex">
    <title>${escapeText(t.title)}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link href="/admin/config.yml" type="application/yaml" rel="cms-config-url">
    <script type="module" src="${editorBase}editor.js?v=${encodeURIComponent(version)}"></script>
  </head>
  <body>
    <main data-editor-loading>
      <h1>${escapeText(t.title)}</h1>
      <p role="status">${escapeText(t.loading)}</p>
      <noscript><p>${escapeText(t.noscript)}</p></noscript>
    </main>
  </body>
</html>
`;
}
