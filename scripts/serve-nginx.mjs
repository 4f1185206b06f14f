// Serves a built site with Debian's nginx and deploy/nginx.conf, in the foreground, for trying
// production behaviour locally (headers, compression, caching, redirects, the 404 page) and for
// the e2e suite's nginx projects. Everything nginx writes (pid, logs, temp files, the CSP file)
// goes to /tmp/kesu-nginx-PORT/, so no root-owned path is needed.
// Usage: npm run serve:nginx -- [--port 8080] [--dir dist] [--test]
//   --test  only checks the configuration (nginx -t) and exits with its status.
// Tests import startNginx and nginxTest instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxCspConf } from './security-headers.mjs';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const siteConf = join(repo, 'deploy/nginx.conf');
const brotliConf = join(repo, 'deploy/brotli.conf');
const brotliModules = [
  '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
  '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
];

/** The nginx binary: $NGINX, then the usual places. Undefined when nginx is not installed. */
export function findNginx() {
  const candidates = [
    process.env.NGINX,
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
  ];
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
  return which.status === 0 ? which.stdout.trim() : undefined;
}

function requireNginx() {
  const nginx = findNginx();
  if (!nginx) {
    throw new Error(
      '找不到 nginx。Debian/Ubuntu：sudo apt-get install -y nginx（或设置 NGINX=/path/to/nginx）。',
    );
  }
  return nginx;
}

/** Replaces one line of the site file, failing loudly if deploy/nginx.conf no longer has it. */
function replaceLine(text, line, replacement) {
  if (!text.includes(line))
    throw new Error(
      `deploy/nginx.conf has no line "${line.trim()}"; update scripts/serve-nginx.mjs`,
    );
  return text.replace(line, replacement);
}

/**
 * Writes a main nginx.conf in `prefix` (default /tmp/kesu-nginx-PORT/) that serves `dir` on
 * 127.0.0.1:PORT with deploy/nginx.conf (listen and root replaced) and this build's CSP.
 * Returns its path.
 */
export function writeNginxConfig({
  dir,
  port,
  prefix = join(tmpdir(), `kesu-nginx-${port}`),
  brotli = true,
}) {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html 不存在：先运行 npm run build。`);
  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(join(prefix, 'kesu-weiji-shouce'), { recursive: true });
  mkdirSync(join(prefix, 'conf.d'));
  mkdirSync(join(prefix, 'temp'));

  writeFileSync(join(prefix, 'kesu-weiji-shouce/csp.conf'), nginxCspConf(root));
  // `brotli: false` serves gzip only, as a host without the module does (budgets are in gzip).
  const withBrotli = brotli && brotliModules.every((path) => existsSync(path));
  if (withBrotli)
    writeFileSync(join(prefix, 'kesu-weiji-shouce/brotli.conf'), readFileSync(brotliConf));

  let site = readFileSync(siteConf, 'utf8');
  site = replaceLine(site, '    listen 80;\n', `    listen 127.0.0.1:${port};\n`);
  site = replaceLine(site, '    listen [::]:80;\n', '');
  site = replaceLine(site, '    root /var/www/kesu-weiji-shouce;\n', `    root ${root};\n`);
  writeFileSync(join(prefix, 'conf.d/kesu-weiji-shouce.conf'), site);

  const temp = (name) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
  const main = [
    '# Written by scripts/serve-nginx.mjs for local use; the site itself is deploy/nginx.conf.',
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    'error_log stderr warn;',
    // As root, workers would otherwise run as nobody, who may not read a checkout under /root.
    ...(process.getuid?.() === 0 ? ['user root root;'] : []),
    ...(withBrotli ? brotliModules.map((path) => `load_module ${path};`) : []),
    'events { worker_connections 512; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    sendfile on;',
    '    keepalive_timeout 65;',
    `    access_log ${join(prefix, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${temp(name)}`),
    '    include conf.d/kesu-weiji-shouce.conf;',
    '}',
    '',
  ].join('\n');
  const config = join(prefix, 'nginx.conf');
  writeFileSync(config, main);
  return config;
}

/** `nginx -t` on the configuration for `dir`: { ok, output }. */
export function nginxTest({ dir, port = 8080, prefix }) {
  const config = writeNginxConfig({ dir, port, prefix });
  const result = spawnSync(requireNginx(), ['-t', '-e', 'stderr', '-c', config], {
    encoding: 'utf8',
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim(), config };
}

/**
 * Starts nginx over `dir` on `port` and resolves once it answers; `close()` stops it and removes
 * its temporary folder.
 */
export async function startNginx({ dir, port, brotli = true }) {
  const config = writeNginxConfig({ dir, port, brotli });
  const child = spawn(requireNginx(), ['-e', 'stderr', '-c', config], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise((done) => child.once('exit', done));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited (${child.exitCode}): ${stderr.trim()}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 100) throw new Error(`nginx did not answer on ${origin}: ${stderr.trim()}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    origin,
    child,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(join(tmpdir(), `kesu-nginx-${port}`), { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(`--${name}`);
    return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
  };
  const port = Number(option('port', '8080'));
  const dir = option('dir', process.env.PLAYBOOK_OUT_DIR ?? 'dist');
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error(`--port ${option('port', '')}: give a port number, e.g. --port 8080`);
    process.exit(2);
  }
  if (args.includes('--test')) {
    const { ok, output, config } = nginxTest({ dir, port });
    console.log(output);
    console.log(`${ok ? 'ok' : 'FAILED'}: ${config}`);
    process.exit(ok ? 0 : 1);
  }
  const server = await startNginx({ dir, port });
  console.log(
    `nginx serves ${resolve(dir)} at ${server.origin}/ (deploy/nginx.conf); Ctrl+C stops it`,
  );
  let stopping = false;
  const stop = () => {
    stopping = true;
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`nginx exited (${code})`);
    process.exit(code ?? 1);
  });
}
