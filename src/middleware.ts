import { defineMiddleware } from 'astro:middleware';
import firm from 'virtual:cp-firm';
import { substituteRoles } from './lib/firm/roles';

/**
 * Pages are written with the playbook's role titles; a firm that calls a role differently
 * (src/config/firm.yaml `roles`) gets its own titles in every built page, including the data the
 * page hands to its scripts and what search indexes. With no own titles nothing is rewritten.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (Object.keys(firm.roles).length === 0) return response;
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = substituteRoles(await response.text(), firm.roles);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
