// The trainers' editor at /admin/ (built into /admin/cms/editor.js by src/lib/cms/editor-bundle.ts).
// Sveltia CMS reads the generated /admin/config.yml and draws its interface into the page.
import '../lib/zod-jitless';

// The editor speaks Chinese unless the trainer has picked another language in its settings:
// Sveltia otherwise follows the browser's language, and many office browsers are set to English.
// It reads its preferences as soon as its module runs, so this comes first.
const prefsKey = 'sveltia-cms.prefs';
try {
  if (localStorage.getItem(prefsKey) === null)
    localStorage.setItem(prefsKey, JSON.stringify({ locale: 'zh-CN' }));
} catch {
  // Storage blocked: the editor follows the browser's language.
}

const { default: CMS } = await import('@sveltia/cms');
const { DrillPane } = await import('./cms-drill-pane');
CMS.registerPreviewTemplate('drills', DrillPane as never);
await CMS.init();

// The loading note stays until the editor has drawn its first screen (it renders after init
// resolves, into its own element in the body): removing it at once left the page blank, with no
// heading, for a moment.
const shell = document.querySelector('[data-editor-loading]');
const drawn = () =>
  [...document.body.children].some(
    (element) => element !== shell && element.tagName !== 'SCRIPT' && element.childElementCount > 0,
  );
if (shell && !drawn()) {
  await new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // Never leave the note up for good if a future editor draws elsewhere.
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, 10_000);
  });
}
shell?.remove();
