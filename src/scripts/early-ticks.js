document.addEventListener(
  'change',
  function (e) {
    var t = e.target;
    if (t instanceof HTMLInputElement && t.hasAttribute('data-step'))
      t.setAttribute('data-ticked-at', String(Date.now()));
  },
  true,
);
