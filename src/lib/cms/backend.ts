/**
 * Where the trainers' editor saves: the firm's own GitLab or Gitea, named at build time by IT
 * (README「培训内容编辑器」). Working on a local clone needs none of it.
 */
export interface EditorBackend {
  name: 'gitlab' | 'gitea';
  /** group/project (GitLab) or owner/repo (Gitea). */
  repo: string;
  branch?: string;
  /** The Git server's address, e.g. https://git.example.cn; absent when IT has not set one. */
  base_url?: string;
  api_root?: string;
  /** GitLab: PKCE, so no OAuth secret and no proxy; Gitea always signs in this way. */
  auth_type?: 'pkce';
  /** The OAuth application's id on the Git server. */
  app_id?: string;
  /** Sign-in methods offered besides the local clone. */
  auth_methods?: ('oauth' | 'token')[];
}

/** The environment variables IT sets for a remote Git server (all optional). */
export const backendEnvNames = {
  kind: 'PLAYBOOK_CMS_BACKEND',
  url: 'PLAYBOOK_CMS_GIT_URL',
  repo: 'PLAYBOOK_CMS_REPO',
  appId: 'PLAYBOOK_CMS_APP_ID',
  branch: 'PLAYBOOK_CMS_BRANCH',
} as const;

/** The repository name the local-clone prompt shows when IT has named none. */
export const defaultRepo = 'training/kesu-weiji-shouce';

/** Thrown for a Git server setting that cannot work; the message names the variable and the fix. */
export class EditorBackendError extends Error {
  override name = 'EditorBackendError';
}

/** The editor's backend from the build environment; throws on a setting that cannot work. */
export function backendFromEnv(env: Readonly<Record<string, string | undefined>>): EditorBackend {
  const kind = env[backendEnvNames.kind]?.trim() || 'gitlab';
  if (kind !== 'gitlab' && kind !== 'gitea') {
    throw new EditorBackendError(
      `${backendEnvNames.kind}="${kind}" 不支持。修正：写 gitlab 或 gitea（Forgejo 也写 gitea）。`,
    );
  }
  const backend: EditorBackend = {
    name: kind,
    repo: env[backendEnvNames.repo]?.trim() || defaultRepo,
  };
  if (!/^[^/\s]+(?:\/[^/\s]+)+$/.test(backend.repo)) {
    throw new EditorBackendError(
      `${backendEnvNames.repo}="${backend.repo}" 不是仓库路径。修正：写成 组/项目，例如 training/kesu-weiji-shouce。`,
    );
  }
  const branch = env[backendEnvNames.branch]?.trim();
  if (branch) backend.branch = branch;
  const url = env[backendEnvNames.url]?.trim();
  if (!url) {
    // No server: only the local clone is meant. Sveltia needs some backend; Gitea without an
    // OAuth application offers no OAuth sign-in and, unlike GitLab's default (gitlab.com),
    // checks no public status page. Its token sign-in stays (Sveltia needs one method) and
    // cannot reach any server under the page's CSP.
    return { ...backend, name: 'gitea', auth_methods: ['token'] };
  }
  let origin: URL;
  try {
    origin = new URL(url);
  } catch {
    throw new EditorBackendError(
      `${backendEnvNames.url}="${url}" 不是网址。修正：写 Git 服务器的地址，例如 https://git.example.cn`,
    );
  }
  if (origin.protocol !== 'https:') {
    throw new EditorBackendError(
      `${backendEnvNames.url}="${url}" 要用 https://：编辑器只通过加密连接登录和提交。`,
    );
  }
  const root = url.replace(/\/+$/, '');
  backend.base_url = root;
  backend.api_root = `${root}${kind === 'gitlab' ? '/api/v4' : '/api/v1'}`;
  const appId = env[backendEnvNames.appId]?.trim();
  if (appId) {
    backend.app_id = appId;
    if (kind === 'gitlab') backend.auth_type = 'pkce';
  }
  return backend;
}

/** The origin the editor talks to besides its own site, if any (for the page's CSP). */
export function gitOrigin(backend: EditorBackend): string | undefined {
  return backend.base_url ? new URL(backend.base_url).origin : undefined;
}
