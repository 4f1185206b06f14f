import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/**
 * The browser the e2e suite drives: CHROMIUM_PATH, then a system Chromium, then Playwright's
 * own download. With none of them it stops at once and says how to get one.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH=${fromEnv} 不存在。请改成 Chromium 可执行文件的路径。`);
    return fromEnv;
  }
  const system = systemCandidates.find((path) => existsSync(path));
  if (system) return system;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined;
  throw new Error(
    [
      '找不到可用的 Chromium，端到端测试无法运行。任选一种方式安装：',
      '  Debian/Ubuntu：sudo apt-get install -y chromium',
      '  或者：npx playwright install chromium',
      '  或者：设置 CHROMIUM_PATH=/path/to/chromium',
    ].join('\n'),
  );
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
