import type { APIRoute } from 'astro';
import { triageHref } from '../lib/incident/routes';
import { zh } from '../lib/i18n/zh';

/** The web app manifest: makes the site installable, with a shortcut straight to 现场应急. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: zh.siteName,
        short_name: zh.app.shortName,
        description: zh.siteTagline,
        lang: 'zh-CN',
        dir: 'ltr',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#a3241f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
        shortcuts: [
          {
            name: zh.app.incidentShortcut,
            url: triageHref,
            icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
          },
        ],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
