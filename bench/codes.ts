// Loaded by bench/codes.mjs (through Vite, for the TypeScript): code lengths and report speed.
import { encodeAssignmentCode, type Assignment } from '../src/lib/assignment/assignment-code';
import { buildClassReport } from '../src/lib/assignment/class-report';
import { encodeResultCode, type Submission } from '../src/lib/assignment/result-code';
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
const submission = (n: number): Submission => ({
  assignment,
  contentVersion: content.version,
  name: `学员${n}`,
  employeeId: `A${String(n).padStart(4, '0')}`,
  attempt: 1,
  startedAt: Date.UTC(2025, 2, 9, 1) + n * 1000,
  finishedAt: Date.UTC(2025, 2, 9, 1, 25) + n * 1000,
  timedOut: false,
  quizSeconds: 900,
  answers: questions.map((id) => {
    const key = content.questions[id];
    if (key?.type === 'ordering')
      return { type: 'ordering', order: Array.from({ length: key.count }, (_, i) => i) };
    if (key?.type === 'categorise')
      return { type: 'categorise', placed: key.expected.map(() => 0) };
    return { type: 'single', selected: [n % 3] };
  }),
  drills: assignment.drills.map(() => ({ choices: [0, 0, 1, 0], seconds: 200 })),
});
/** Numbers for bench/run.mjs to print; nothing is asserted. */
export function measure(): string[] {
  const link = `https://example.com/trainer/take/#${encodeAssignmentCode(assignment)}`;
  const codes = Array.from({ length: 200 }, (_, n) => encodeResultCode(submission(n)));
  buildClassReport(codes, content);
  const runs = 20;
  const start = performance.now();
  for (let i = 0; i < runs; i++) buildClassReport(codes, content);
  const ms = (performance.now() - start) / runs;
  return [
    `assignment link, 20 questions + 3 drills: ${link.length} characters`,
    `its result code: ${codes[0]?.length ?? 0} characters`,
    `class report of 200 codes (decode, re-score, aggregate): ${ms.toFixed(1)} ms`,
  ];
}
