/**
 * The dashboard's one stylesheet, served as a file because the CSP forbids inline styles.
 * Colours are chosen for WCAG AA: body text ≥ 7:1, every heat-map level ≥ 4.5:1 against its own
 * text colour, and a focus ring (dark outline plus yellow halo) that shows on light and dark.
 */
export const DASHBOARD_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 100%; line-height: 1.5; color: #1a1a1a; background: #ffffff; }
body { margin: 0; }
a { color: #0b57a4; }
a:hover { color: #083d73; }
:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; box-shadow: 0 0 0 6px #ffbf47; }
.skip-link { position: absolute; left: 1rem; top: -10rem; background: #ffffff; color: #0b57a4; padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { top: 1rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.site-header { background: #0b3d6e; color: #ffffff; padding: .75rem 1.5rem; display: flex; flex-wrap: wrap; gap: .75rem 2rem; align-items: center; }
.site-header a { color: #ffffff; }
.site-header :focus-visible { outline-color: #ffffff; }
.brand { margin: 0; font-weight: 700; }
.site-header nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.site-header nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
.sign-out { margin-left: auto; display: flex; gap: .75rem; align-items: center; }
main { padding: 1.5rem; max-width: 80rem; }
main:focus { outline: none; }
h1 { font-size: 1.75rem; margin-top: 0; }
h2 { font-size: 1.35rem; margin-top: 2rem; }
.site-footer { padding: 1rem 1.5rem; border-top: 1px solid #767676; font-size: .9rem; }
label { display: block; font-weight: 600; margin-top: .75rem; }
.hint { display: block; font-weight: 400; color: #4a4a4a; font-size: .9rem; }
input, select, textarea { font: inherit; padding: .4rem .5rem; border: 2px solid #595959; border-radius: 3px; max-width: 100%; color: #1a1a1a; background: #ffffff; }
textarea { width: 100%; min-height: 3.5rem; }
input[aria-invalid="true"], textarea[aria-invalid="true"] { border-color: #b00020; }
button { font: inherit; cursor: pointer; padding: .45rem 1rem; border: 2px solid #0b57a4; border-radius: 3px; background: #0b57a4; color: #ffffff; margin-top: .75rem; }
button:hover { background: #083d73; }
button.danger { background: #a4161a; border-color: #a4161a; }
button.secondary { background: #ffffff; color: #0b57a4; }
.site-header button { margin: 0; background: #ffffff; color: #0b3d6e; border-color: #ffffff; }
.inline-form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-end; }
/* As tall as a date field, so the labels of a row of fields line up. */
.inline-form select { min-height: 2.625rem; }
.inline-form label { margin-top: 0; }
fieldset { border: 1px solid #767676; padding: .5rem 1rem 1rem; margin: 1rem 0; }
legend { font-weight: 700; padding: 0 .25rem; }
.alert { border: 3px solid #b00020; background: #fdecee; padding: .75rem 1rem; margin: 1rem 0; }
.notice { border: 3px solid #1e6b34; background: #eaf5ed; padding: .75rem 1rem; margin: 1rem 0; }
.secret { font-family: ui-monospace, Consolas, monospace; font-size: 1.1rem; background: #f2f2f2; padding: .25rem .5rem; word-break: break-all; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; }
caption { text-align: left; font-weight: 700; padding: .5rem 0; }
th, td { border: 1px solid #767676; padding: .35rem .6rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef5; }
td.count { text-align: right; font-variant-numeric: tabular-nums; min-width: 4.5rem; }
td.position { text-align: right; font-variant-numeric: tabular-nums; }
.heat-0 { color: #4d4d4d; background: repeating-linear-gradient(135deg, #f2f2f2 0 6px, #e6e6e6 6px 12px); font-style: italic; }
.heat-1 { color: #0b1f33; background: #e3eefa; }
.heat-2 { color: #0b1f33; background: #b9d3f0; }
.heat-3 { color: #000000; background: #6b9fd8; }
.heat-4 { color: #ffffff; background: #1f4e8c; font-weight: 700; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
.legend li { border: 1px solid #767676; padding: .15rem .6rem; }
.stats { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
.stats li { border: 1px solid #767676; padding: .5rem 1rem; min-width: 9rem; }
.stats strong { display: block; font-size: 1.5rem; }
.status-open { font-weight: 700; color: #1e6b34; }
.preview { width: 100%; height: 36rem; border: 2px solid #767676; background: #ffffff; }
.remark { white-space: pre-wrap; }
/* The search tips: what to type stands out as typed text. */
.search-tips { margin: 1rem 0; }
.search-tips summary { cursor: pointer; color: #0b57a4; text-decoration: underline; }
.search-tips li { margin-bottom: .35rem; overflow-wrap: anywhere; }
.search-tips code { font-family: ui-monospace, Consolas, monospace; background: #f2f2f2; padding: 0 .2rem; border-radius: 2px; }
/* A document named in a list (search, moderation): its own line, and a long name wraps. */
.document-name { display: block; font-weight: 600; overflow-wrap: break-word; }
.busy { font-weight: 700; }
.pager { display: flex; gap: 1.5rem; }
.table-scroll { max-width: 100%; overflow-x: auto; position: relative; }
.table-scroll:focus-visible { outline-offset: 0; }
/* A wide table scrolls inside its box; its caption stays in view and wraps to the screen instead of being cut off. */
.table-scroll caption { position: sticky; left: 0; max-width: calc(100vw - 2rem); }
.field-label { font-weight: 600; margin: .75rem 0 .25rem; }
.notice-heading { font-size: 1.15rem; margin-top: 1.25rem; }
.copy-row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
.copy-row button { margin-top: 0; }
.mail-subject { margin-top: 0; }
.mail-body, .example { white-space: pre-wrap; overflow-wrap: anywhere; font: inherit; background: #ffffff; border: 1px solid #767676; padding: .5rem .75rem; margin: 0 0 .5rem; }
.example { font-family: ui-monospace, Consolas, monospace; font-size: .9rem; background: #f2f2f2; }
.button-link { display: inline-block; padding: .45rem 1rem; border: 2px solid #0b57a4; border-radius: 3px; background: #0b57a4; color: #ffffff; text-decoration: none; }
.button-link:hover { background: #083d73; color: #ffffff; }
code.link { font-family: ui-monospace, Consolas, monospace; font-size: .9rem; overflow-wrap: anywhere; }
td.subject { overflow-wrap: anywhere; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain a { overflow-wrap: anywhere; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.warning { border-left: 6px solid #8a5a00; background: #fff6e0; padding: .5rem .75rem; }
.url { overflow-wrap: anywhere; }
button:disabled { cursor: not-allowed; background: #595959; border-color: #595959; }
.invite-links code.link { white-space: nowrap; overflow-wrap: normal; }
.invite-links td .copy-button { margin: .25rem 0 0; display: block; }
.invite-links td .copy-button[hidden] { display: none; }
/* On a phone the new links read as cards, one person each, so a link is never off-screen. */
@media (max-width: 40rem) {
  .invite-links thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .invite-links, .invite-links tbody, .invite-links tr, .invite-links th, .invite-links td { display: block; width: 100%; }
  .invite-links tr { border: 1px solid #767676; margin-bottom: .75rem; background: #ffffff; }
  .invite-links th, .invite-links td { border: 0; }
  .invite-links td::before { content: attr(data-label) ": "; font-weight: 600; }
  .invite-links code.link { white-space: normal; overflow-wrap: anywhere; }
}
@media (max-width: 40rem) { .site-header, main, .site-footer { padding-left: 1rem; padding-right: 1rem; } .sign-out { margin-left: 0; } input[type="text"], input[type="email"], input[type="file"], select, textarea { width: 100%; } }
`;
