// node bench/habits.mjs (or npm run bench): what a learner who clicks by habit scores.
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true },
  appType: 'custom',
});
try {
  const { measure } = await server.ssrLoadModule('/bench/habits.ts');
  console.log('\nlearners who click by habit (first shown, longest, random)');
  for (const line of measure()) console.log(`  ${line}`);
} finally {
  await server.close();
}
