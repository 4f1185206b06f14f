import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtHtmlFiles, distDir, routeOf } from './site-files';

const files = builtHtmlFiles();

/** The file a root-relative URL path is served from, or undefined. */
function fileFor(path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidates = decoded.endsWith('/')
    ? [join(distDir, decoded, 'index.html')]
    : [join(distDir, decoded), join(distDir, decoded, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate));
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

test('每个站内链接都指向存在的页面和锚点', () => {
  const broken: string[] = [];
  for (const file of files) {
    const html = readFileSync(join(distDir, file), 'utf8');
    const from = routeOf(file);
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const raw = (match[1] ?? '').replaceAll('&amp;', '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(raw) && !raw.startsWith('http://localhost:4321')) continue;
      const url = new URL(raw, `http://localhost:4321${from}`);
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${from} → ${raw}`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsIn(readFileSync(target, 'utf8')).has(id))
          broken.push(`${from} → ${raw}（锚点不存在）`);
      }
    }
  }
  expect(broken).toEqual([]);
});

// html-validate is CPU-bound (about 0.2 s a page, several times that on a busy machine), so the
// pages are checked in groups: each test stays well inside its time limit however the site grows,
// and the groups spread over the workers.
const validateGroupSize = 20;
for (let start = 0; start < files.length; start += validateGroupSize) {
  const group = files.slice(start, start + validateGroupSize);
  test(`每个页面都通过 html-validate：${group[0]} 起 ${group.length} 页`, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of group) {
      const report = await validator.validateFile(join(distDir, file));
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(
            `${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
}

test('每个页面都声明 zh-CN，且只有正文参与搜索索引', () => {
  const wrong: string[] = [];
  for (const file of files) {
    const html = readFileSync(join(distDir, file), 'utf8');
    if (!html.includes('<html lang="zh-CN"')) wrong.push(`${file}: 缺少 lang="zh-CN"`);
    const bodies = html.match(/data-pagefind-body/g)?.length ?? 0;
    if (bodies > 1) wrong.push(`${file}: ${bodies} 个 data-pagefind-body`);
  }
  expect(wrong).toEqual([]);
});

test('每个页面的页脚都标明“内部资料”', () => {
  const unmarked = files.filter((file) => {
    const html = readFileSync(join(distDir, file), 'utf8');
    return (
      html.includes('site-footer') && !/data-internal-mark[^>]*>[\s\S]{0,200}内部资料/.test(html)
    );
  });
  expect(unmarked).toEqual([]);
});

test('法规依据页列出全部法规，说明以法务为准、不是法律意见，并从手册目录和事件页链接过去', () => {
  const lawPages = files.filter((file) => /^laws\/[^/]+\/index\.html$/.test(file));
  expect(lawPages.length).toBeGreaterThanOrEqual(20);
  const index = readFileSync(join(distDir, 'laws/index.html'), 'utf8');
  expect(index).toMatch(
    /data-laws-authority[^>]*>[^<]*法务[^<]*不是法律意见|data-laws-authority[^>]*>[^<]*不是法律意见[^<]*法务/,
  );
  for (const file of lawPages)
    expect(index, file).toContain(`href="/${file.replace(/index\.html$/, '')}"`);
  expect(readFileSync(join(distDir, 'playbook/index.html'), 'utf8')).toContain('href="/laws/"');
  const incident = readFileSync(
    join(distDir, 'incidents/government-inspection/index.html'),
    'utf8',
  );
  expect(incident).toContain('id="laws"');
  expect(incident).toMatch(/href="\/laws\/[^"]+\/"/);
});
