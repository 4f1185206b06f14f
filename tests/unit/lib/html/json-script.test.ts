import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../../../src/lib/html/json-script';

const hostile = {
  title: '</script><script>alert(1)</script>',
  note: '<!-- 注释 --> & more',
  lines: 'a\u2028b\u2029c',
  nested: [{ text: '</SCRIPT >' }, 1, true, null],
};

describe('jsonForScript', () => {
  it('reads back the same value with JSON.parse', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });

  it('writes no character that could end or comment out the script element', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
    expect(json).toContain('\\u003c!--');
    expect(json).toContain('\\u0026');
    expect(json).toContain('a\\u2028b\\u2029c');
  });

  it('leaves JSON without such characters as JSON.stringify writes it', () => {
    const plain = { id: 'crowd-protest', title: '群体上访', steps: ['认真听取', '营造氛围'], n: 3 };
    expect(jsonForScript(plain)).toBe(JSON.stringify(plain));
  });

  it('refuses a value JSON cannot hold instead of writing nothing', () => {
    expect(() => jsonForScript(undefined)).toThrow(/undefined cannot be written as JSON/);
  });
});
