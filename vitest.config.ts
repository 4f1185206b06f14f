import { defineConfig } from 'vitest/config';
import { firmPlugin } from './src/lib/firm/vite-plugin';

export default defineConfig({
  // Schemas and config read the firm profile through `virtual:cp-firm`, as in the build.
  plugins: [firmPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
