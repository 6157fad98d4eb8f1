/**
 * The dashboard's only script, served as a file because the CSP forbids inline scripts. It is an
 * extra: every page works without it. It announces (in the page's `role=status` region) that a
 * download is being prepared, since a large digest can take a while and a download leaves the
 * page as it was; and it makes the copy buttons work (`data-copy` names the element whose text
 * is copied, `data-copied` what is announced in `#copy-status`), showing them only where the
 * browser can copy. The copy button's words come from the page (the dashboard's dictionary).
 */
export const DASHBOARD_JS = `
(function () {
  'use strict';
  var timer = 0;
  var canCopy = Boolean(navigator.clipboard && window.isSecureContext);
  function copyButtons() {
    if (!canCopy) return;
    var buttons = document.querySelectorAll('button[data-copy]');
    for (var index = 0; index < buttons.length; index++) buttons[index].hidden = false;
  }
  function copy(button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById('copy-status');
    if (!source) return;
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      if (!status) return;
      status.textContent = '';
      window.setTimeout(function () { status.textContent = button.getAttribute('data-copied'); }, 50);
    });
  }
  document.addEventListener('DOMContentLoaded', copyButtons);
  document.addEventListener('click', function (event) {
    var target = event.target;
    var copyButton = target && target.closest ? target.closest('button[data-copy]') : null;
    if (copyButton) { copy(copyButton); return; }
    var link = target && target.closest ? target.closest('a[data-download]') : null;
    var status = document.getElementById('download-status');
    if (!link || !status) return;
    status.textContent = 'Bezig: ' + link.getAttribute('data-download') + ' wordt gemaakt. Dit kan even duren; de download start vanzelf.';
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { status.textContent = ''; }, 20000);
  });
})();
`;
