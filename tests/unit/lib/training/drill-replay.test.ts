import { describe, expect, it } from 'vitest';
import { drillsToReplay, type ReplayDrill } from '../../../../src/lib/training/drill-replay';

const drill = (id: string): ReplayDrill => ({
  id,
  title: id,
  href: `/drills/${id}/`,
  goodEndings: ['end-good'],
});
const drills = [drill('a'), drill('b'), drill('c')];

describe('drillsToReplay', () => {
  it('is empty when nothing was played', () => {
    expect(drillsToReplay([], drills)).toEqual([]);
  });

  it('lists drills never brought to a good ending, with best score, plays and last time', () => {
    const replays = drillsToReplay(
      [
        { drill: 'a', at: 10, ending: 'end-bad', percent: 30 },
        { drill: 'a', at: 20, ending: 'end-mixed', percent: 55 },
        { drill: 'b', at: 5, ending: 'end-good', percent: 90 },
      ],
      drills,
    );
    expect(replays).toEqual([{ drill: drills[0], best: 55, plays: 2, lastAt: 20 }]);
  });

  it('drops a drill once any attempt reached a good ending, however low other scores were', () => {
    const attempts = [
      { drill: 'a', at: 1, ending: 'end-bad', percent: 10 },
      { drill: 'a', at: 2, ending: 'end-good', percent: 70 },
    ];
    expect(drillsToReplay(attempts, drills)).toEqual([]);
  });

  it('counts a timed-out run as not handled, and leaves out drills no longer on the site', () => {
    const attempts = [
      { drill: 'c', at: 3, percent: 40 },
      { drill: 'gone', at: 4, ending: 'end-bad', percent: 0 },
    ];
    expect(drillsToReplay(attempts, drills).map((r) => r.drill.id)).toEqual(['c']);
  });

  it('puts the weakest first, then the one left longest', () => {
    const attempts = [
      { drill: 'a', at: 30, ending: 'end-bad', percent: 50 },
      { drill: 'b', at: 10, ending: 'end-bad', percent: 50 },
      { drill: 'c', at: 20, ending: 'end-bad', percent: 20 },
    ];
    expect(drillsToReplay(attempts, drills).map((r) => r.drill.id)).toEqual(['c', 'b', 'a']);
  });
});
