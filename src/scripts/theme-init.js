(function () {
  try {
    var t = localStorage.getItem('cp-theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch (e) {}
})();
