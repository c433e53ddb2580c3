// SARIF 2.1.0 for code-scanning tools: the rules with their help URIs (the rule pages on the
// published site, see lsp/docsLink.ts), and each finding as a result with its location (1-based
// lines and columns, relative to %SRCROOT%), its fixes (SARIF `fixes`: each alternative's
// replacements) and a partial fingerprint that survives edits elsewhere in the file: the
// SHA-256 of the rule, the text the finding covers and its occurrence among the file's
// findings of that rule and text.

import { pathToFileURL } from 'node:url';
import { crypto } from '../io/lazyNode';
import { RULES } from '../core/rules/registry';
import { docsHref } from '../lsp/docsLink';
import type { Severity } from '../core/types';
import { shownMessage, type ScanDiagnostic, type ScannedFile } from '../scan/engine';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  /** Absolute folder the result paths are relative to. */
  root: string;
  version: string;
  /**
   * Where helpUri points: unset, the rule pages of the published site (package.json `homepage`);
   * otherwise as docsHref takes it ("local" for the shipped pages, or a folder URI: <base>/<id>.md).
   */
  docsBase?: string;
  /** Files that were not checked, with the reason: a run that skipped any did not fully succeed. */
  skipped?: ReadonlyArray<{ path: string; reason: string; tooLarge: boolean }>;
  /** Rules that threw on a file (the file was checked without them): the run did not fully succeed either. */
  failures?: ReadonlyArray<{ path: string; rule: string; error: string }>;
}

export function toSarif(files: readonly ScannedFile[], opts: SarifOptions) {
  const used = new Set(files.flatMap((f) => f.diagnostics.map((d) => d.rule)));
  const rules = RULES;
  const custom = [...used].filter((id) => !rules.some((r) => r.id === id));
  const ruleIndex = new Map<string, number>();
  const sarifRules = [
    ...rules.map((r) => ({
      id: r.id,
      name: r.id.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: `${r.title.zh}（${r.clause}）` },
      fullDescription: { text: r.description.zh },
      helpUri: docsHref(r.id, opts.docsBase),
      help: { text: `${r.description.zh} ${r.description.en}` },
      defaultConfiguration: { level: r.defaultSeverity === 'off' ? ('none' as const) : LEVEL[r.defaultSeverity] },
      properties: { tags: [r.id.split('.')[0]!, r.clause] },
    })),
    ...custom.map((id) => ({ id, name: id, shortDescription: { text: id }, fullDescription: { text: id }, helpUri: docsHref(id, opts.docsBase), defaultConfiguration: { level: 'warning' as const }, properties: { tags: ['custom'] } })),
  ];
  sarifRules.forEach((r, i) => ruleIndex.set(r.id, i));
  const results = files.flatMap((f) => {
    const uri = encodeURI(f.display.split('\\').join('/'));
    const fingerprints = fingerprintsOf(f.diagnostics);
    return f.diagnostics.map((d, i) => ({
      ruleId: d.rule,
      ruleIndex: ruleIndex.get(d.rule)!,
      level: LEVEL[d.severity],
      message: { text: shownMessage(f, d) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
            region: regionOf(d.range),
          },
        },
      ],
      partialFingerprints: { 'gongwen/v2': fingerprints[i]! },
      // A .docx is never rewritten: its findings carry no fixes.
      ...(d.fixes && !f.docx
        ? {
            fixes: d.fixes.map((x) => ({
              description: { text: x.title },
              artifactChanges: [{ artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, replacements: x.edits.map((e) => ({ deletedRegion: regionOf(e.range), insertedContent: { text: e.newText } })) }],
              properties: { safe: x.safe },
            })),
          }
        : {}),
    }));
  });
  const root = pathToFileURL(opts.root).toString();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0' as const,
    runs: [
      {
        tool: { driver: { name: 'gongwen', fullName: '公文减负助手 gongwen', version: opts.version, semanticVersion: opts.version, rules: sarifRules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: root.endsWith('/') ? root : `${root}/` } },
        // Skipped files are notifications of the run: code scanning then shows it as incomplete, not clean.
        invocations: [
          {
            executionSuccessful: (opts.skipped ?? []).length === 0 && (opts.failures ?? []).length === 0,
            toolExecutionNotifications: [
              ...(opts.skipped ?? []).map((s) => ({
                level: s.tooLarge ? ('warning' as const) : ('error' as const),
                message: { text: s.reason },
                locations: [artifactAt(s.path)],
              })),
              ...(opts.failures ?? []).map((f) => ({
                level: 'error' as const,
                message: { text: f.error },
                locations: [artifactAt(f.path)],
                associatedRule: { id: f.rule },
              })),
            ],
          },
        ],
        results,
      },
    ],
  };
}

/** SARIF's region of an LSP range: 1-based lines and UTF-16 columns, the end column exclusive. */
function regionOf(r: ScanDiagnostic['range']): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/**
 * Each finding's fingerprint (64 hex digits): SHA-256 of its rule, the text it covers (up to 60
 * characters) and its occurrence among the file's findings with that rule and text, so that it
 * survives edits elsewhere in the file and two equal findings still differ.
 */
export function fingerprintsOf(diagnostics: readonly ScanDiagnostic[]): string[] {
  const seen = new Map<string, number>();
  return diagnostics.map((d) => {
    const base = `${d.rule}\u0000${d.snippet}`;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return crypto().createHash('sha256').update(`${base}\u0000${k}`, 'utf8').digest('hex');
  });
}

function artifactAt(path: string): { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } } {
  return { physicalLocation: { artifactLocation: { uri: encodeURI(path.split('\\').join('/')), uriBaseId: '%SRCROOT%' } } };
}
