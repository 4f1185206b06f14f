import { describe, expect, it } from 'vitest';
import { editorPageHtml, editorPolicy } from '../../../../src/lib/cms/admin-page';

const directives = (policy: string) =>
  Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the editor page and its own CSP', () => {
  it('allows scripts only from the site, and no eval, frames of other sites, workers or form posts', () => {
    const policy = directives(editorPolicy());
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['frame-src']).toEqual(['blob:']);
    expect(policy['form-action']).toEqual(["'none'"]);
    expect(policy['worker-src']).toBeUndefined();
    expect(editorPolicy()).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('lets the editor reach the firm’s Git server, and only it, when IT has named one', () => {
    const policy = directives(editorPolicy('https://git.example.cn'));
    expect(policy['connect-src']).toEqual(["'self'", 'data:', 'https://git.example.cn']);
    expect(policy['img-src']).toContain('https://git.example.cn');
    expect(policy['script-src']).toEqual(["'self'"]);
  });

  it('writes one policy, the configuration link and the versioned editor module into a zh-CN page', () => {
    const html = editorPageHtml({ version: 'abc 1', gitOrigin: 'https://git.example.cn' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    expect(html).toContain(`content="${editorPolicy('https://git.example.cn')}"`);
    expect(html).toContain(
      '<link href="/admin/config.yml" type="application/yaml" rel="cms-config-url">',
    );
    expect(html).toContain('<script type="module" src="/admin/cms/editor.js?v=abc%201"></script>');
    expect(html).toMatch(/<main data-editor-loading>\s*<h1>培训内容编辑器<\/h1>/);
  });
});
