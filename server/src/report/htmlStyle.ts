// The report's stylesheet. Every colour is a variable: light by default, dark when the reader's
// system asks for it (prefers-color-scheme), and in the editor's webview the editor theme's own
// colours (the webview defines --vscode-* variables and marks the body vscode-light,
// vscode-dark or vscode-high-contrast), so the report never shows white on a dark editor.

export const REPORT_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d2733;--muted:#5f6b78;--border:#d8dee6;--line:#e6eaef;--head:#f4f6f9;--code:#f4f6f9;--link:#1f6fb2;
--err:#c62828;--warn:#a35f00;--info:#1f6fb2;--hint:#5f6b78;--ok:#2e7d32;--mark:#ffe27a;--mark-fg:#1d2733;--input-bg:#fff;--input-fg:#1d2733;--input-border:#b8c2cc;--focus:#1f6fb2}
@media (prefers-color-scheme: dark){:root{--bg:#1b1d21;--fg:#d6dbe1;--muted:#9aa5b1;--border:#3a3f46;--line:#2e3238;--head:#25282d;--code:#2a2e34;--link:#6cb6ff;
--err:#f47067;--warn:#e0a84d;--info:#6cb6ff;--hint:#9aa5b1;--ok:#57ab5a;--mark:#7a5c00;--mark-fg:#fff;--input-bg:#25282d;--input-fg:#d6dbe1;--input-border:#4a5058;--focus:#6cb6ff}}
body.vscode-light,body.vscode-dark,body.vscode-high-contrast,body.vscode-high-contrast-light{
--bg:var(--vscode-editor-background);--fg:var(--vscode-editor-foreground);--muted:var(--vscode-descriptionForeground,var(--vscode-editor-foreground));
--border:var(--vscode-contrastBorder,var(--vscode-panel-border,rgba(128,128,128,.35)));--line:var(--vscode-contrastBorder,var(--vscode-editorGroup-border,rgba(128,128,128,.22)));
--head:var(--vscode-editorWidget-background,transparent);--code:var(--vscode-textCodeBlock-background,transparent);--link:var(--vscode-textLink-foreground);
--err:var(--vscode-errorForeground);--warn:var(--vscode-editorWarning-foreground,var(--vscode-errorForeground));--info:var(--vscode-editorInfo-foreground,var(--vscode-textLink-foreground));
--hint:var(--vscode-descriptionForeground,var(--vscode-editor-foreground));--ok:var(--vscode-testing-iconPassed,var(--vscode-editor-foreground));
--mark:var(--vscode-editor-findMatchHighlightBackground,var(--vscode-editor-selectionBackground));--mark-fg:inherit;
--input-bg:var(--vscode-input-background);--input-fg:var(--vscode-input-foreground);--input-border:var(--vscode-input-border,var(--vscode-panel-border,transparent));--focus:var(--vscode-focusBorder)}
body.vscode-high-contrast mark,body.vscode-high-contrast-light mark{outline:1px dotted var(--vscode-contrastActiveBorder,currentColor)}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;margin:24px auto;max-width:1100px;padding:0 16px;color:var(--fg);background:var(--bg);line-height:1.5}
h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid var(--border);padding-bottom:4px}
.muted{color:var(--muted)}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.card{border:1px solid var(--border);border-radius:6px;padding:10px 16px;min-width:90px;text-align:center}.big{font-size:28px;font-weight:600}
.c-error{color:var(--err)}.c-warning{color:var(--warn)}.c-info{color:var(--info)}.c-hint{color:var(--hint)}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}th{background:var(--head)}.r{text-align:right}
table.sortable th{cursor:pointer;user-select:none;white-space:nowrap}table.sortable th:focus-visible{outline:2px solid var(--focus);outline-offset:-2px}
th[aria-sort=ascending]::after{content:" \\25B2";font-size:10px}th[aria-sort=descending]::after{content:" \\25BC";font-size:10px}
.chart{display:block;margin:6px 0;max-width:100%;height:auto}.chart .lbl{font-size:12px;fill:var(--fg)}.chart .small{font-size:10px}.chart .num{font-size:12px;fill:var(--muted)}.chart .target{stroke:var(--ok);stroke-width:2;stroke-dasharray:4 3}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:18px}@media (max-width:800px){.grid{grid-template-columns:1fr}}.ok{color:var(--ok);font-weight:600}.bad{color:var(--err);font-weight:600}
.sev{color:var(--bg);border-radius:3px;padding:0 5px;font-size:12px;white-space:nowrap}.sev-error{background:var(--err)}.sev-warning{background:var(--warn)}.sev-info{background:var(--info)}.sev-hint{background:var(--hint)}
a.rule code{white-space:nowrap}a.open,a.rule{color:var(--link);text-decoration:none}a.open:hover,a.rule:hover{text-decoration:underline}a:focus-visible{outline:2px solid var(--focus)}
code{font-size:12px;background:var(--code);padding:0 3px;border-radius:3px}.empty{color:var(--muted)}
.src{margin-top:3px}.src code{display:block;font-size:13px;white-space:pre-wrap;word-break:break-all;padding:2px 6px}
mark{background:var(--mark);color:var(--mark-fg);border-radius:2px;padding:0 1px}mark.at{display:inline-block;width:2px;padding:0;height:1.1em;vertical-align:text-bottom;background:var(--err)}.cut{color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;margin:8px 0 10px;font-size:14px}
.filters input,.filters select{font:inherit;font-size:13px;color:var(--input-fg);background:var(--input-bg);border:1px solid var(--input-border);border-radius:3px;padding:3px 6px}
.filters input{min-width:16em}.filters input:focus,.filters select:focus{outline:1px solid var(--focus);outline-offset:-1px}
tr.finding[hidden]{display:none}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}
`;
