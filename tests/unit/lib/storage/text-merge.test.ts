import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeText } from '../../../../src/lib/storage/text-merge';

/** True when every character of `part` appears in `whole`, in order. */
function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const ch of whole) if (at < part.length && ch === part[at]) at++;
  return at === part.length;
}

describe('mergeText', () => {
  it('keeps a line added in another tab when this tab keeps typing (the two-tab notes repro)', () => {
    const merged = mergeText('客户到场', '客户到场，情绪激动', '客户到场\n10:05 已通知总监');
    expect(merged.text).toBe('客户到场，情绪激动\n10:05 已通知总监');
    expect(merged.clean).toBe(false);
    // The cursor stays where the person was typing.
    expect(merged.position(9)).toBe(9);
  });

  it('applies edits of different places, moving the cursor past text added before it', () => {
    const merged = mergeText('第一行\n第二行', '第一行\n第二行，补充', '开头\n第一行\n第二行');
    expect(merged).toMatchObject({ text: '开头\n第一行\n第二行，补充', clean: true });
    expect(merged.position('第一行\n第二行，补充'.length)).toBe(
      '开头\n第一行\n第二行，补充'.length,
    );

    const after = mergeText('甲乙丙', '甲甲乙丙', '甲乙丙丁');
    expect(after).toMatchObject({ text: '甲甲乙丙丁', clean: true });
  });

  it('takes the other side when only one side changed', () => {
    expect(mergeText('a', 'a', 'ab').text).toBe('ab');
    expect(mergeText('a', 'ab', 'a').text).toBe('ab');
    expect(mergeText('a', 'ab', 'ab').text).toBe('ab');
  });

  it('keeps both versions, their whole line after mine, when both changed the same words', () => {
    const merged = mergeText(
      '到场：约二十人\n已报警',
      '到场：约三十人\n已报警',
      '到场：约四十人\n已报警',
    );
    expect(merged).toMatchObject({ text: '到场：约三十人\n已报警\n到场：约四十人', clean: false });
    expect(mergeText('约二十人', '约三十人', '约二十五人')).toMatchObject({
      text: '约三十五人',
      clean: true,
    });
  });

  it('loses nothing either side added (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.nat(12),
        fc.string({ minLength: 1, maxLength: 6 }),
        fc.nat(12),
        fc.string({ minLength: 1, maxLength: 6 }),
        (base, i, mineAdded, j, theirsAdded) => {
          const at = (n: number) => Math.min(n, base.length);
          const mine = base.slice(0, at(i)) + mineAdded + base.slice(at(i));
          const theirs = base.slice(0, at(j)) + theirsAdded + base.slice(at(j));
          const { text } = mergeText(base, mine, theirs);
          // Where an insertion can be aligned two ways (" b" + "b!" at 1 reads as "!b" at 2), the
          // added characters may interleave; nothing is lost when both sides survive in order.
          expect(
            isSubsequence(mine, text),
            `${JSON.stringify(mine)} in ${JSON.stringify(text)}`,
          ).toBe(true);
          expect(
            isSubsequence(theirs, text),
            `${JSON.stringify(theirs)} in ${JSON.stringify(text)}`,
          ).toBe(true);
          expect(text.length).toBeGreaterThanOrEqual(Math.max(mine.length, theirs.length));
        },
      ),
    );
  });
});
