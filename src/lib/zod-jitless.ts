import { z } from 'astro/zod';

// zod probes whether it may compile its parsers with new Function(); under the site's CSP (no
// 'unsafe-eval') the probe itself is reported as a violation, so client code that parses with
// zod imports this module first and zod does not try.
z.config({ jitless: true });
