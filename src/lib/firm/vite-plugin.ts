import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defaultFirmFile, parseFirm } from './load';

const id = 'virtual:cp-firm';
const resolved = `\0${id}`;

/**
 * Serves the firm profile as `virtual:cp-firm` (its checked data as JSON), read from
 * PLAYBOOK_FIRM or src/config/firm.yaml. Server pages and client scripts import the same data;
 * a profile with mistakes stops the build with every field named.
 */
export function firmPlugin(file = process.env.PLAYBOOK_FIRM ?? defaultFirmFile): Plugin {
  const path = resolve(file);
  return {
    name: 'cp-firm',
    resolveId: (source) => (source === id ? resolved : undefined),
    load(source) {
      if (source !== resolved) return undefined;
      this.addWatchFile(path);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        throw new Error(
          `找不到公司配置 ${file}。修正：检查 PLAYBOOK_FIRM 指向的路径，或恢复 ${defaultFirmFile}。`,
        );
      }
      return `export default ${JSON.stringify(parseFirm(text, file))};`;
    },
  };
}
