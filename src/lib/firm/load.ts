import { load as parseYaml } from 'js-yaml';
import { firmSchema, type Firm } from '../../schemas/firm';

/** Where the build reads the firm profile: PLAYBOOK_FIRM, else the default. */
export const defaultFirmFile = 'src/config/firm.yaml';

/** Thrown for a firm profile that cannot be used; the message names the file, each field and the fix. */
export class FirmProfileError extends Error {
  override name = 'FirmProfileError';
}

/** Reads and checks a firm profile; every problem is listed in Chinese with its field. */
export function parseFirm(text: string, file: string): Firm {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new FirmProfileError(
      `公司配置 ${file} 不是有效的 YAML：${(error as Error).message}\n修正：检查缩进和冒号，可以对照 src/config/firm.yaml 的写法。`,
    );
  }
  const result = firmSchema.safeParse(raw ?? {});
  if (result.success) return result.data as Firm;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    const value = issue.path.reduce<unknown>(
      (at, key) =>
        at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined,
      raw,
    );
    const message =
      issue.code === 'invalid_type' && value === undefined ? `缺少必填项 ${field}` : issue.message;
    return `  - ${field || '（整个文件）'}：${message}`;
  });
  throw new FirmProfileError(
    `公司配置 ${file} 有 ${lines.length} 处要改：\n${lines.join('\n')}\n字段说明见 README「公司配置」一节。`,
  );
}
