// Writes a synthetic Chinese content set for build benchmarks: the fixture base plus N
// procedures of about 1,500 characters each. Usage: node bench/generate.mjs DIR [N]
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, countArg = '1000'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/generate.mjs DIR [N]');
  process.exit(2);
}
const count = Number(countArg);

// Deterministic pseudo-random text, so every run builds the same pages.
let seed = 20261122;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const words =
  '客户 项目 经理 销售 现场 投诉 处理 回应 方案 跟进 报告 上报 总监 认购 定金 房号 合同 物业 保修 交付 渗漏 维修 满意 期望 体验 服务 沟通 记录 复核 签字 培训 演练 风险 预警 评估 协调 责任 透明 及时 有效 持续 灵活 业主 开发 施工 工程 安全 媒体 检查 资料 管理 流程 标准 案例 表单 术语'.split(
    ' ',
  );
const pick = () => words[Math.floor(random() * words.length)];
function paragraph(chars) {
  let text = '';
  while (text.length < chars) {
    const n = 4 + Math.floor(random() * 6);
    text += Array.from({ length: n }, pick).join('') + (random() < 0.7 ? '，' : '。');
  }
  return text.replace(/，$/, '。');
}

rmSync(dir, { recursive: true, force: true });
cpSync('tests/fixtures/base/content', dir, { recursive: true });
mkdirSync(join(dir, 'procedures'), { recursive: true });
for (let i = 1; i <= count; i++) {
  const id = `bench-page-${String(i).padStart(4, '0')}`;
  const body = [1, 2, 3, 4].map((s) => `## 第${s}部分\n\n${paragraph(340)}`).join('\n\n');
  writeFileSync(
    join(dir, 'procedures', `${id}.mdx`),
    `---\ntitle: 基准页面${i}：${pick()}${pick()}\nsummary: ${paragraph(40)}\ncategory: 危机管理\norder: ${i + 1}\ntags: [基准]\naliases: [基准${i}]\n---\n\n${body}\n`,
  );
}
console.log(`wrote ${count} pages to ${dir}`);
