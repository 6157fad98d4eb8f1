/**
 * The dashboard's only script, served as a file because the CSP forbids inline scripts. It is an
 * extra: every page works without it. It announces (in the page's `role=status` region) that a
 * download is being prepared, since a large digest can take a while and a download leaves the
 * page as it was.
 */
export const DASHBOARD_JS = `
(function () {
  'use strict';
  var timer = 0;
  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest('a[data-download]') : null;
    var status = document.getElementById('download-status');
    if (!link || !status) return;
    status.textContent = 'Bezig: ' + link.getAttribute('data-download') + ' wordt gemaakt. Dit kan even duren; de download start vanzelf.';
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { status.textContent = ''; }, 20000);
  });
})();
`;
