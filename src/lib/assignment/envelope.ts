import { codeText } from '../i18n/zh-trainer';
import { ByteReader, ByteWriter, crc32, fromBase64Url, toBase64Url } from './bytes';

/**
 * The envelope every code shares: `CP` + kind letter + format version + `.` + base64url of
 * (payload, CRC-32). The CRC covers the header too, so a code can't be relabelled.
 *
 *   CPA1.…  an assignment (the part after # in an assignment link)
 *   CPR1.…  a result code
 */
export type CodeKind = 'assignment' | 'result';

/** The format version this site writes and reads. */
export const formatVersion = 1;

const letters: Record<CodeKind, string> = { assignment: 'A', result: 'R' };
const kindOfLetter: Record<string, CodeKind> = { A: 'assignment', R: 'result' };

export type CodeErrorCode =
  | 'empty'
  | 'not-a-code'
  | 'wrong-kind'
  | 'newer-version'
  | 'older-version'
  | 'malformed'
  | 'checksum'
  | 'invalid';

/** Why a code could not be read, with a Chinese explanation for the person holding it. */
export interface CodeError {
  code: CodeErrorCode;
  message: string;
}

export type CodeResult<T> = { ok: true; value: T } | { ok: false; error: CodeError };

/** Thrown by payload readers when the bytes pass the checksum but break the format's rules. */
export class CodeRuleError extends Error {}

export function codeError(
  code: CodeErrorCode,
  kind: CodeKind,
  detail: { found?: CodeKind; version?: number } = {},
): CodeError {
  const what = codeText.kind[kind];
  const m = codeText.errors;
  const message = {
    empty: () => m.empty(what),
    'not-a-code': () => m.notACode(what),
    'wrong-kind': () => m.wrongKind(what, codeText.kind[detail.found ?? kind]),
    'newer-version': () => m.newerVersion(what, detail.version ?? 0, formatVersion),
    'older-version': () => m.olderVersion(what, detail.version ?? 0),
    malformed: () => m.malformed(what),
    checksum: () => m.checksum(what),
    invalid: () => m.invalid(what),
  }[code]();
  return { code, message };
}

const asciiEncoder = new TextEncoder();

function withHeader(header: string, payload: Uint8Array): Uint8Array {
  const head = asciiEncoder.encode(header);
  const all = new Uint8Array(head.length + payload.length);
  all.set(head);
  all.set(payload, head.length);
  return all;
}

/** Wraps payload bytes into a code of the current format. */
export function packCode(kind: CodeKind, payload: Uint8Array): string {
  const header = `CP${letters[kind]}${formatVersion}.`;
  const crc = crc32(withHeader(header, payload));
  const body = new ByteWriter().u32(crc).bytes();
  const all = new Uint8Array(payload.length + 4);
  all.set(payload);
  all.set(body, payload.length);
  return header + toBase64Url(all);
}

/**
 * Any code inside longer text (a WeChat chat, a CSV): also glued to the words before it, with a
 * lower-case header, or with the full-width full stop a Chinese keyboard types. The body is
 * base64url, which never holds a full stop, so a code ends where its characters do.
 */
export const codePattern = /CP[AR]\d{1,4}[.。．｡][A-Za-z0-9_-]+/gi;

/** A code as typed or pasted, with its header written the one way codes are made: CPR1.… */
export function normaliseCode(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(
      /^cp([ar])(\d{1,4})[.。．｡]/i,
      (_, kind: string, version: string) => `CP${kind.toUpperCase()}${version}.`,
    );
}

/**
 * The code after # in a link. Messaging apps sometimes escape it (%2E…); a broken escape is not
 * decoded, so the code is reported unreadable instead of the page failing.
 */
export function codeInHash(hash: string): string {
  const text = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Unwraps a code and reads its payload with `read`. Never throws: every way a text can fail
 * comes back as a CodeError, in the order a person would want to hear about it.
 */
export function unpackCode<T>(
  input: unknown,
  kind: CodeKind,
  read: (reader: ByteReader) => T,
): CodeResult<T> {
  const fail = (
    code: CodeErrorCode,
    detail?: { found?: CodeKind; version?: number },
  ): CodeResult<T> => ({
    ok: false,
    error: codeError(code, kind, detail),
  });
  if (typeof input !== 'string' || input.trim() === '') return fail('empty');
  const text = normaliseCode(input);
  const head = /^CP([A-Z])/.exec(text);
  if (!head) return fail('not-a-code');
  const found = kindOfLetter[head[1] ?? ''];
  if (!found) return fail('not-a-code');
  if (found !== kind) return fail('wrong-kind', { found });
  const parts = /^CP[A-Z](0|[1-9]\d{0,3})\.([\s\S]*)$/.exec(text);
  if (!parts) return fail('malformed');
  const version = Number(parts[1]);
  if (version > formatVersion) return fail('newer-version', { version });
  if (version < formatVersion) return fail('older-version', { version });
  const bytes = fromBase64Url(parts[2] ?? '');
  if (!bytes || bytes.length < 5) return fail('malformed');
  const payload = bytes.subarray(0, bytes.length - 4);
  const stored = new ByteReader(bytes.subarray(bytes.length - 4)).u32();
  if (crc32(withHeader(`CP${head[1]}${parts[1]}.`, payload)) !== stored) return fail('checksum');
  try {
    const reader = new ByteReader(payload);
    const value = read(reader);
    reader.end();
    return { ok: true, value };
  } catch {
    // Bytes that pass the checksum yet break the format's rules (ByteFormatError,
    // CodeRuleError) come from another encoder, not from a slip while copying.
    return fail('invalid');
  }
}
