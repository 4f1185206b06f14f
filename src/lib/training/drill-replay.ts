/** What the review page knows of a drill: where it is, and which endings count as handled well. */
export interface ReplayDrill {
  id: string;
  title: string;
  href: string;
  /** Ids of the endings whose outcome is good. */
  goodEndings: string[];
}

/** The part of a stored drill attempt this needs. */
export interface PlayedAttempt {
  drill: string;
  at: number;
  /** Absent when time ran out. */
  ending?: string;
  percent: number;
}

/** A drill worth playing again, with how it has gone so far. */
export interface Replay {
  drill: ReplayDrill;
  /** Best percent of any attempt. */
  best: number;
  plays: number;
  /** When it was last played. */
  lastAt: number;
}

/**
 * Drills played on this device that have never been brought to a good ending: the weakest first,
 * then the longest untouched. A drill reached well once is done with; drills no longer on the site
 * and drills never played are left out (the training path lists those).
 */
export function drillsToReplay(
  attempts: readonly PlayedAttempt[],
  drills: readonly ReplayDrill[],
): Replay[] {
  const replays: Replay[] = [];
  for (const drill of drills) {
    const played = attempts.filter((a) => a.drill === drill.id);
    if (played.length === 0) continue;
    if (played.some((a) => a.ending !== undefined && drill.goodEndings.includes(a.ending)))
      continue;
    replays.push({
      drill,
      best: Math.max(...played.map((a) => a.percent)),
      plays: played.length,
      lastAt: Math.max(...played.map((a) => a.at)),
    });
  }
  return replays.sort((a, b) => a.best - b.best || a.lastAt - b.lastAt);
}
