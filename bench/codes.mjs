// node bench/codes.mjs (or npm run bench): prints code lengths and class-report speed.
import { createServer } from 'vite';

const server = await createServer({
  configFile: false,
  logLevel: 'silent',
  server: { middlewareMode: true },
  appType: 'custom',
});
try {
  const { measure } = await server.ssrLoadModule('/bench/codes.ts');
  console.log('\nassignment and result codes');
  for (const line of measure()) console.log(`  ${line}`);
} finally {
  await server.close();
}
