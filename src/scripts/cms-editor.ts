// The trainers' editor at /admin/ (built into /admin/cms/editor.js by src/lib/cms/editor-bundle.ts).
// Sveltia CMS reads the generated /admin/config.yml and draws its interface into the page.
import '../lib/zod-jitless';

// The editor speaks Chinese unless the trainer has picked another language in its settings:
// Sveltia otherwise follows the browser's language, and many office browsers are set to English.
// It reads its preferences as soon as its module runs, so this comes first.
const prefsKey = 'sveltia-cms.prefs';
try {
  if (localStorage.getItem(prefsKey) === null) localStorage.setItem(prefsKey, JSON.stringify({ locale: 'zh-CN' }));
} catch {
  // Storage blocked: the editor follows the browser's language.
}

const { default: CMS } = await import('@sveltia/cms');
const { DrillPane } = await import('./cms-drill-pane');
CMS.registerPreviewTemplate('drills', DrillPane as never);
await CMS.init();
document.querySelector('[data-editor-loading]')?.remove();
