// npm run package: a dated zip of the built site for intranet hosting, with the nginx files
// that match this build. Build first (npm run build).
//   kesu-weiji-shouce-YYYY-MM-DD.zip
//     kesu-weiji-shouce-YYYY-MM-DD/site/                          the site: the web root
//     kesu-weiji-shouce-YYYY-MM-DD/nginx/kesu-weiji-shouce.conf   deploy/nginx.conf → /etc/nginx/conf.d/
//     kesu-weiji-shouce-YYYY-MM-DD/nginx/kesu-weiji-shouce/csp.conf  this build's CSP → /etc/nginx/kesu-weiji-shouce/
//     kesu-weiji-shouce-YYYY-MM-DD/nginx/brotli.conf              optional, where nginx has Brotli
// Uses the system `zip` (Debian: apt-get install zip).
// Usage: npm run package -- [--dir dist] [--out .]
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxCspConf } from './security-headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const dir = resolve(option('dir', process.env.PLAYBOOK_OUT_DIR ?? 'dist'));
const out = resolve(option('out', '.'));
const repo = fileURLToPath(new URL('..', import.meta.url));

if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'sw.js'))) {
  console.error(`package: ${dir} 里没有构建好的网站。先运行 npm run build。`);
  process.exit(1);
}
if (spawnSync('zip', ['-v'], { stdio: 'ignore' }).status !== 0) {
  console.error('package: 找不到 zip 命令。Debian/Ubuntu：sudo apt-get install -y zip');
  process.exit(1);
}

// The local date: the day the package was made, as the people handing it over read it.
const now = new Date();
const pad = (n) => String(n).padStart(2, '0');
const name = `kesu-weiji-shouce-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
const zipFile = join(out, `${name}.zip`);

const staging = mkdtempSync(join(tmpdir(), 'kesu-package-'));
try {
  const top = join(staging, name);
  cpSync(dir, join(top, 'site'), { recursive: true });
  mkdirSync(join(top, 'nginx/kesu-weiji-shouce'), { recursive: true });
  cpSync(join(repo, 'deploy/nginx.conf'), join(top, 'nginx/kesu-weiji-shouce.conf'));
  cpSync(join(repo, 'deploy/brotli.conf'), join(top, 'nginx/brotli.conf'));
  writeFileSync(join(top, 'nginx/kesu-weiji-shouce/csp.conf'), nginxCspConf(dir));
  mkdirSync(out, { recursive: true });
  rmSync(zipFile, { force: true });
  // -X: no extra file attributes (owner ids), so the zip is the same on every machine.
  const zip = spawnSync('zip', ['-r', '-q', '-X', zipFile, name], {
    cwd: staging,
    stdio: 'inherit',
  });
  if (zip.status !== 0) throw new Error(`zip exited with ${zip.status}`);
} finally {
  rmSync(staging, { recursive: true, force: true });
}
console.log(`package: ${zipFile} (${(statSync(zipFile).size / 1024 / 1024).toFixed(1)} MB)`);
