// The report's one inline script (no network, no library): the search box and the filters hide
// the finding rows that do not match (by their data-* attributes and text), a click on a column
// header (or Enter on it) sorts a table.sortable, and in the editor's webview a link to a file at
// a line asks the editor to open it there. Written for any browser the report may be opened in
// (no modules, no syntax newer than the webview's and the browsers' of recent years).

export const REPORT_SCRIPT = String.raw`(function () {
  'use strict';
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  // In the editor's webview: a file link opens the file at the finding.
  var api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : null;
  if (api) {
    document.addEventListener('click', function (e) {
      var a = e.target && e.target.closest ? e.target.closest('a.open') : null;
      if (!a) return;
      e.preventDefault();
      api.postMessage({ type: 'open', href: a.getAttribute('data-href'), line: Number(a.getAttribute('data-line') || 0), character: Number(a.getAttribute('data-character') || 0) });
    });
  }

  // Filters: every select names the data-* attribute it matches; the search box matches words of the row's text.
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tr.finding'));
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var q = document.getElementById('q');
  var selects = document.querySelectorAll('select[data-filter]');
  var shown = document.getElementById('shown');
  var none = document.getElementById('none-shown');
  function filter() {
    var words = (q ? q.value : '').toLowerCase().split(/\s+/).filter(Boolean);
    var want = [];
    each(selects, function (s) { if (s.value) want.push(['data-' + s.getAttribute('data-filter'), s.value]); });
    var n = 0;
    rows.forEach(function (r, i) {
      var ok = want.every(function (w) { return r.getAttribute(w[0]) === w[1]; }) && words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) n++;
    });
    if (shown) shown.textContent = shown.getAttribute('data-template').replace('{n}', String(n)).replace('{total}', String(rows.length));
    if (none) none.hidden = n > 0;
  }
  if (q) q.addEventListener('input', filter);
  each(selects, function (s) { s.addEventListener('change', filter); });

  // Sorting: numbers in columns of class "r", text elsewhere (a cell's data-sort first); ties keep their order.
  var lang = document.documentElement.lang || undefined;
  function keyOf(tr, col, num) {
    var td = tr.cells[col];
    var v = td ? (td.hasAttribute('data-sort') ? td.getAttribute('data-sort') : td.textContent) : '';
    return num ? parseFloat(v.replace(/[,\s]/g, '')) : v.trim();
  }
  function compare(a, b, num) {
    if (!num) return a.localeCompare(b, lang);
    if (isNaN(a) || isNaN(b)) return isNaN(a) ? (isNaN(b) ? 0 : 1) : -1;
    return a - b;
  }
  function sortBy(table, th, col) {
    var dir = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    each(table.querySelectorAll('th'), function (h) { h.setAttribute('aria-sort', 'none'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    var num = th.classList.contains('r');
    var body = table.tBodies[table.tBodies.length - 1];
    var trs = Array.prototype.slice.call(body.rows).filter(function (tr) { return !tr.querySelector('th') && !tr.querySelector('td[colspan]'); });
    trs.map(function (tr, i) { return { tr: tr, i: i, k: keyOf(tr, col, num) }; })
      .sort(function (a, b) { return compare(a.k, b.k, num) * dir || a.i - b.i; })
      .forEach(function (x) { body.appendChild(x.tr); });
  }
  each(document.querySelectorAll('table.sortable'), function (table) {
    var head = table.tHead ? table.tHead.rows[0] : table.rows[0];
    if (!head) return;
    each(head.cells, function (th, col) {
      th.tabIndex = 0;
      th.setAttribute('aria-sort', 'none');
      th.addEventListener('click', function () { sortBy(table, th, col); });
      th.addEventListener('keydown', function (e) {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        sortBy(table, th, col);
      });
    });
  });
})();`;
