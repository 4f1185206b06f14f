// Loaded by bench/codes.mjs and bench/report.mjs (through Vite, for the TypeScript): code
// lengths, and how fast a class of codes is read, re-scored and analysed.
import { encodeAssignmentCode, type Assignment } from '../src/lib/assignment/assignment-code';
import { buildClassReport } from '../src/lib/assignment/class-report';
import { analyseGroup } from '../src/lib/assignment/item-analysis';
import { versionLedger } from '../src/lib/assignment/item-versions';
import {
  encodeResultCode,
  type CodedAnswer,
  type Submission,
} from '../src/lib/assignment/result-code';
import { createRandom } from '../src/lib/random';
import { choose, startScenario } from '../src/lib/drill/engine';
import { realScoringContent } from '../tests/support/scoring-content';

const content = realScoringContent();
const questions = Object.keys(content.questions)
  .filter((id) => id.startsWith('risks-'))
  .slice(0, 20);
const assignment: Assignment = {
  title: '3 月新人第二周测验',
  createdAt: Date.UTC(2025, 2, 8, 6, 30),
  contentVersion: content.version,
  passMark: 80,
  timeLimitMinutes: 30,
  attempts: 2,
  seed: 'K7Q2',
  orderPerTrainee: true,
  due: '2025-03-15',
  drillWeight: 5,
  questions,
  drills: ['drill-double-sold', 'drill-data-leak', 'drill-crowd-protest'],
};

/** A learner who gets each question right with probability `skill`, and plays drills alike. */
function submission(n: number): Submission {
  const random = createRandom(n + 1);
  const skill = 0.3 + 0.6 * random();
  const answers = questions.map((id): CodedAnswer => {
    const key = content.questions[id];
    const good = random() < skill;
    if (key?.type === 'ordering') {
      const order = Array.from({ length: key.count }, (_, i) => i);
      if (!good) order.reverse();
      return { type: 'ordering', order };
    }
    if (key?.type === 'categorise')
      return { type: 'categorise', placed: key.expected.map(() => (good ? 0 : 1)) };
    const correct = key?.type === 'single' || key?.type === 'multiple' ? key.correct : [true];
    const right = correct.flatMap((r, i) => (r ? [i] : []));
    const wrong = correct.flatMap((r, i) => (r ? [] : [i]));
    const picked = good ? right : [wrong[Math.floor(random() * wrong.length)] ?? 0];
    return { type: key?.type === 'multiple' ? 'multiple' : 'single', selected: picked };
  });
  const drills = assignment.drills.map((id) => {
    const scenario = content.drills[id];
    if (!scenario) return null;
    let play = startScenario(scenario);
    while (!play.ending) {
      const node = scenario.nodes.find((nd) => nd.id === play.at);
      const count = node?.choices.length ?? 1;
      play = choose(scenario, play, Math.floor(random() * count));
    }
    return { choices: play.steps.map((s) => s.choice), seconds: 200 };
  });
  return {
    assignment,
    contentVersion: content.version,
    name: `学员${n}`,
    employeeId: `A${String(n).padStart(4, '0')}`,
    attempt: 1,
    startedAt: Date.UTC(2025, 2, 9, 1) + n * 1000,
    finishedAt: Date.UTC(2025, 2, 9, 1, 25) + n * 1000,
    timedOut: false,
    quizSeconds: 900,
    answers,
    drills,
  };
}

/** `count` result codes of one assignment (20 questions, 3 drills), from varied learners. */
export function sampleCodes(count: number): string[] {
  return Array.from({ length: count }, (_, n) => encodeResultCode(submission(n)));
}

function timed(runs: number, work: () => void): number {
  work();
  const start = performance.now();
  for (let i = 0; i < runs; i++) work();
  return (performance.now() - start) / runs;
}

/** Numbers for bench/run.mjs to print; nothing is asserted. */
export function measure(): string[] {
  const link = `https://example.com/trainer/take/#${encodeAssignmentCode(assignment)}`;
  const codes = sampleCodes(500);
  const ledger = versionLedger(content, []);
  const report = () => buildClassReport(codes.slice(0, 200), content);
  const analysis = () => {
    const group = buildClassReport(codes, content).groups[0];
    if (group) analyseGroup(group, content, ledger);
  };
  return [
    `assignment link, 20 questions + 3 drills: ${link.length} characters`,
    `its result code: ${codes[0]?.length ?? 0} characters`,
    `class report of 200 codes (decode, re-score, aggregate): ${timed(20, report).toFixed(1)} ms`,
    `500 codes with item analysis (decode, re-score, items, paths), Node: ${timed(10, analysis).toFixed(1)} ms`,
  ];
}
