// Inline in <head>: data-theme = the person's choice (data-theme-choice) or the system's, live.
(function () {
  var root = document.documentElement;
  var systemDark = matchMedia('(prefers-color-scheme: dark)');
  try {
    var t = localStorage.getItem('cp-theme');
    if (t === 'light' || t === 'dark') root.dataset.themeChoice = t;
  } catch (e) {}
  function apply() {
    root.dataset.theme = root.dataset.themeChoice || (systemDark.matches ? 'dark' : 'light');
  }
  apply();
  systemDark.addEventListener('change', apply);
})();
