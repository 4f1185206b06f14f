// npm run content:record — run before publishing content that trainees will take assignments on.
// Writes src/data/content-versions/<version>.json: a fingerprint per question and drill, so the
// class report can later tell which items of that version are unchanged and analyse their answers
// together with newer codes. Commit the file. Re-running for a recorded version changes nothing.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const dir = 'src/data/content-versions';
const server = await createServer({
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true },
  appType: 'custom',
});
try {
  const { realScoringContent } = await server.ssrLoadModule('/tests/support/scoring-content.ts');
  const { recordVersion } = await server.ssrLoadModule('/src/lib/assignment/item-versions.ts');
  const content = realScoringContent();
  const file = join(dir, `${content.version}.json`);
  if (existsSync(file)) {
    console.log(`content version ${content.version} is already recorded (${file})`);
  } else {
    const today = new Date().toISOString().slice(0, 10);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(recordVersion(content, today), null, 2)}\n`);
    console.log(`recorded content version ${content.version} in ${file}; commit it`);
  }
} finally {
  await server.close();
}
