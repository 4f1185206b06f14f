import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';
import { firmPlugin } from './src/lib/firm/vite-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Schemas and config read the firm profile through `virtual:cp-firm`, as in the build.
        plugins: [firmPlugin()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/fixtures/**/*.test.ts'],
          testTimeout: 120_000,
        },
      },
      // .astro components, rendered through Astro's own Vite setup and its container API.
      getViteConfig({ test: { name: 'components', include: ['tests/components/**/*.test.ts'] } }),
    ],
  },
});
