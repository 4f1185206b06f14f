import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  itemFingerprints,
  itemStanding,
  recordVersion,
  versionLedger,
  type RecordedVersion,
} from '../../../../src/lib/assignment/item-versions';
import { buildScoringContent } from '../../../../src/lib/assignment/scoring-content';
import { scenarioOf } from '../../../../src/lib/drill/engine';
import { realContent, realScoringContent } from '../../../support/scoring-content';

const { drills, questions } = realContent();
const content = realScoringContent();
const ledgerDir = 'src/data/content-versions';

describe('item fingerprints and the version ledger', () => {
  it('gives every question and drill an 8-hex fingerprint, unchanged by rewording', () => {
    const prints = itemFingerprints(content);
    expect(Object.keys(prints)).toHaveLength(questions.length + drills.length);
    expect(Object.values(prints).every((p) => /^[0-9a-f]{8}$/.test(p))).toBe(true);
    const reworded = buildScoringContent(
      questions.map((q) => ({ ...q, prompt: `${q.prompt}（改写）` })),
      drills.map((d) => ({ id: d.id, scenario: scenarioOf(d) })),
    );
    expect(itemFingerprints(reworded)).toEqual(prints);
  });

  it('lists, for a recorded version, exactly the items whose scoring changed, added or removed', () => {
    const before = recordVersion(content, '2026-01-01');
    const target = questions.find((q) => q.type === 'single');
    if (!target || target.type !== 'single') throw new Error('no single question');
    const rekeyed = questions.map((q) =>
      q.id === target.id
        ? {
            ...target,
            options: target.options.map((o, i) => ({
              ...o,
              correct: i === target.options.length - 1 ? !o.correct : o.correct,
            })),
          }
        : q,
    );
    const drill = drills[0];
    if (!drill) throw new Error('no drill');
    const now = buildScoringContent(
      [...rekeyed, { ...target, id: 'brand-new-01' }],
      drills.map((d) => ({
        id: d.id,
        scenario:
          d.id === drill.id
            ? { ...scenarioOf(d), meterStart: scenarioOf(d).meterStart + 1 }
            : scenarioOf(d),
      })),
    );
    const ledger = versionLedger(now, [before]);
    expect(ledger.current).toBe(now.version);
    expect(ledger.changedSince[before.version]).toEqual(
      ['brand-new-01', drill.id, target.id].sort(),
    );
    expect(itemStanding(ledger, now.version, target.id)).toBe('current');
    expect(itemStanding(ledger, before.version, target.id)).toBe('separate');
    expect(
      itemStanding(ledger, before.version, 'risks-01' === target.id ? 'risks-02' : 'risks-01'),
    ).toBe('mapped');
    expect(itemStanding(ledger, 'deadbeef', 'risks-01')).toBe('separate');
  });

  it('leaves the current version out of the changes', () => {
    expect(versionLedger(content, [recordVersion(content, '2026-01-01')]).changedSince).toEqual({});
  });
});

describe('the recorded versions in src/data/content-versions', () => {
  const files = readdirSync(ledgerDir).filter((f) => f.endsWith('.json'));
  const recorded = files.map((f) => ({
    file: f,
    data: JSON.parse(readFileSync(join(ledgerDir, f), 'utf8')) as RecordedVersion,
  }));

  it('are named after their version and hold a fingerprint per item', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const { file, data } of recorded) {
      expect(file).toBe(`${data.version}.json`);
      expect(data.recorded).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.values(data.items).every((p) => /^[0-9a-f]{8}$/.test(p))).toBe(true);
    }
  });

  it('match the content when they record the current version (run npm run content:record otherwise)', () => {
    const current = recorded.find((r) => r.data.version === content.version);
    if (current) expect(current.data.items).toEqual(itemFingerprints(content));
  });
});
