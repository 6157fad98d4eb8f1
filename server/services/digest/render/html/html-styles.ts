/**
 * The digest's stylesheet, inline so the page is one self-contained file that opens offline and
 * prints the same everywhere. Colours meet WCAG AA contrast on white, zeros in the matrix
 * included: "nobody spoke to this" must stay readable, also in print.
 */
export const DIGEST_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fff; }
h1 { font-size: 2rem; margin: 0 0 .5rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 .75rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .25rem; }
h3 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
a { color: #0b5394; }
a:focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
.muted, .counts { color: #4a4a4a; }
.url { font-family: ui-monospace, Consolas, monospace; font-size: .85em; word-break: break-all; }
nav ol { columns: 2; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
th, td { border: 1px solid #8a8a8a; padding: .3rem .5rem; vertical-align: top; text-align: left; }
thead th { background: #e8e8e8; }
tbody th { font-weight: 400; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #595959; background: #f3f3f3; }
td.some { font-weight: 700; }
table.matrix th.code { white-space: nowrap; font-weight: 700; }
table.matrix thead th { white-space: nowrap; }
abbr[title] { text-decoration: none; }
td.heat-0 { color: #595959; background: #fff; }
td.heat-1 { background: #dceaf7; font-weight: 700; }
td.heat-2 { background: #b3d3ee; font-weight: 700; }
td.heat-3 { background: #84b6e3; font-weight: 700; }
td.heat-4 { background: #4f94d4; font-weight: 700; color: #000; }
p.silent { font-size: .95rem; }
header.cover .scope { font-size: 1.2rem; }
dl.totals { display: grid; grid-template-columns: max-content auto; gap: .25rem 1rem; }
dl.totals dt { font-weight: 600; }
dl.totals dd { margin: 0; }
article.remark { border-left: 4px solid #8a8a8a; padding: .5rem 0 .5rem 1rem; margin: 1rem 0; break-inside: avoid; }
blockquote { margin: 0 0 .5rem; padding: .25rem .75rem; border-left: 4px solid #0072b2; background: #f4f8fb; font-style: italic; }
blockquote p { margin: 0; }
.meta { margin: .25rem 0; font-size: .9rem; }
.kind { font-weight: 700; }
.remark-text p { margin: .25rem 0; }
ol.replies { list-style: none; margin: .5rem 0; padding: 0; }
ol.replies li { margin: .25rem 0; padding: .25rem .5rem; border-left: 2px solid #bdbdbd; }
ol.replies li.depth-2 { margin-left: 1.5rem; }
ol.replies li.depth-3 { margin-left: 3rem; }
ol.replies li.depth-4 { margin-left: 4.5rem; }
.response { margin: .5rem 0; padding: .5rem .75rem; background: #f1f7f1; border: 1px solid #5e8f5e; }
.response p { margin: .25rem 0; }
.none { font-style: italic; color: #4a4a4a; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  header.cover { break-after: page; padding-top: 6cm; }
  nav ol { columns: 1; }
  #dekkingsmatrix { page: matrix; break-before: page; break-after: page; }
  #doelen-en-acties { break-before: page; }
  table.matrix { font-size: 7.5pt; line-height: 1.2; margin: .25rem 0; }
  #dekkingsmatrix h2 { margin-top: 0; }
  #dekkingsmatrix p { font-size: 8pt; margin: 0 0 .25rem; }
  table.matrix th, table.matrix td { padding: 0 .3rem; }
  h2, h3, h4 { break-after: avoid; }
  tr, article.remark, .response, blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  td[class*="heat-"] { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; }
}
@page { size: A4; margin: 2cm; }
@page matrix { size: A4 landscape; margin: 1cm 1.5cm; }
`;
