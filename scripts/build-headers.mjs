// Runs at the end of `npm run build`: writes DIR/_headers (security headers and caching for
// static hosts that read such a file), with the CSP taken from the built pages.
// Usage: node scripts/build-headers.mjs [DIR]   (default: PLAYBOOK_OUT_DIR or dist)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFile } from './security-headers.mjs';

const dir = process.argv[2] ?? process.env.PLAYBOOK_OUT_DIR ?? 'dist';
const text = headersFile(dir);
writeFileSync(join(dir, '_headers'), text);
console.log(`build-headers: ${join(dir, '_headers')} (${text.split('\n').length - 1} lines)`);
