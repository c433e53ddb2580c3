// The gongwen language server: a thin adapter from LSP to the analysis core.
// Start with `node dist/server.js --stdio` (any LSP client) or over IPC (the VS Code client);
// node/server.ts and browser/server.ts (a web worker) host it: see lsp/host.ts.

import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, MessageType, ResponseError, ShowMessageNotification, TextDocuments,
  TextDocumentSyncKind, type Diagnostic, type DocumentDiagnosticReport, type InitializeParams, type InitializeResult, type TextEdit as LspTextEdit, type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisResult } from './core/analyze';
import { checkText } from './core/check';
import { comparesDocuments, rulesNeeding } from './core/rules/registry';
import { isIncluded, isMarkdownPath, type Effective, type ProjectConfig } from './core/config/effective';
import { codeActions, FIX_ALL_KIND } from './lsp/codeActions';
import { CONFIG_FILE, forgetConfigFiles } from './config/parsed';
import { ConfigStore } from './lsp/configStore';
import { WorkspacePlans, type FolderInfo } from './lsp/workspacePlans';
import { toDiagnostics } from './lsp/diagnostics';
import { explainCount } from './lsp/explain';
import { agendaHover, inlayHints, planHover } from './lsp/agendaFeatures';
import { documentSymbols, foldingRanges } from './lsp/outline';
import { hoverAt } from './lsp/hover';
import { localize } from './lsp/locale';
import { DocumentInfoNotification, ExplainCountRequest, ScanProgressNotification, ScanReportRequest, ScanWorkspaceRequest, TrustChangedNotification, type DocumentInfo, type ExplainCountParams, type TrustChangedParams } from './protocol';
import { TEXT_GLOB, tooLarge } from './io/checked';
import { SUPPRESSIONS_FILE } from './core/suppressions';
import { docxFileUri } from './lsp/docxUri';
import { installedServer } from './lsp/host';
import { RunGate, runModeOf } from './lsp/quiet';
import { safeFixEdits } from './lsp/format';

const DEBOUNCE_MS = 50;
/** Rules that compare a research plan with the others of the workspace. */
const WORKSPACE_RULES = rulesNeeding('workspace');

const { connection, host } = installedServer();
const paths = host.paths;
const documents = new TextDocuments(TextDocument);

let canPullConfig = false;
let canRegisterConfigChange = false;
let canRefreshInlayHints = false;
/** The client asks for the diagnostics of open documents (textDocument/diagnostic): they are not pushed. */
let canPullDiagnostics = false;
let canRefreshDiagnostics = false;
/** `trusted: false` (VS Code's Restricted Mode, or any client that says so): extends stays inside the workspace. */
let initOptions: { settings?: ProjectConfig; docsBaseUrl?: string; trusted?: boolean } = {};
let folders: WorkspaceFolder[] = [];

const store = new ConfigStore(connection, () => canPullConfig, () => initOptions.settings, (uri) => folderOf(uri)?.root ?? null, () => initOptions.trusted !== false, host.configFiles);
/**
 * Last analysis per open document, for hovers, code actions and pulled diagnostics on the same
 * version. resultId names it for textDocument/diagnostic: a new one for every new analysis.
 */
const results = new Map<string, { version: number; result: AnalysisResult; eff: Effective; plansVersion: number; resultId: string }>();
let analyses = 0;
/** Bumped whenever the workspace's plans change, so cached analyses of plans are redone. */
let plansVersion = 0;
const timers = new Map<string, NodeJS.Timeout>();
const skipNotified = new Set<string>();
/** Research plans of the workspace (opened or not) for the cross-plan rules. */
const plans = new WorkspacePlans(host.planFiles);
/** Unopened files whose diagnostics the server has published (to update or clear them). */
const publishedUnopened = new Set<string>();
let canWatchFiles = false;
/** gongwen-suppressions.json (bulk suppressions, as the command line writes them): applied to every diagnostic published. */
const suppressions = host.suppressions;
/** Null in the web worker: no workspace scan there. */
const scanner = host.scanner?.(connection, (uri) => !!documents.get(uri), (uri) => store.get(uri), (uri, d) => unsuppressedFindings(uri, d)) ?? null;
/** gongwen.enable and gongwen.run: which version of a document the editor is shown, if any (lsp/quiet.ts). */
const gate = new RunGate((uri) => store.editorSettings(uri));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  canPullConfig = !!caps.workspace?.configuration;
  canRegisterConfigChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
  canRefreshInlayHints = !!caps.workspace?.inlayHint?.refreshSupport;
  canPullDiagnostics = !!caps.textDocument?.diagnostic;
  canRefreshDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
  canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  initOptions = (params.initializationOptions as typeof initOptions | undefined) ?? {};
  folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  return {
    capabilities: {
      // didSave: run: onSave checks then.
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      documentFormattingProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      inlayHintProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      // A plan's cross-plan findings change with other files: the server asks for a refresh then.
      ...(canPullDiagnostics ? { diagnosticProvider: { identifier: 'gongwen', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'gongwen', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canRegisterConfigChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'gongwen' });
  if (canWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: TEXT_GLOB }, { globPattern: '**/*.json' }],
    });
  }
  void buildPlanIndex();
  if (folders.length && canPullConfig) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      folders = folders.filter((f) => !e.removed.some((r) => r.uri === f.uri)).concat(e.added);
      configChanged();
    });
  }
});

connection.onDidChangeConfiguration((change) => {
  if (!canPullConfig) {
    const s = (change.settings as { gongwen?: ProjectConfig } | undefined)?.gongwen;
    if (s) initOptions = { ...initOptions, settings: s };
  }
  configChanged();
});

// The user trusted the workspace (or a client says it is no longer trusted): extends may now reach
// outside it, or no longer; configurations are resolved again.
connection.onNotification(TrustChangedNotification, (p: TrustChangedParams) => {
  if (typeof p?.trusted !== 'boolean' || (initOptions.trusted !== false) === p.trusted) return;
  initOptions = { ...initOptions, trusted: p.trusted };
  configChanged();
});

/**
 * Settings, a config file or the workspace folders changed: configurations are resolved again,
 * open documents re-checked and inlay hints refreshed, and the plan index is rebuilt (the name
 * lists and include/exclude shape it; the build re-checks the plans when done).
 */
function configChanged(): void {
  store.invalidate();
  gate.resetAll();
  relintAll();
  refreshPulled();
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  void buildPlanIndex();
}

/** Versions linted at once on open: TextDocuments also reports an open as a content change. */
const openedVersion = new Map<string, number>();
documents.onDidOpen((e) => {
  openedVersion.set(e.document.uri, e.document.version);
  gate.reset(e.document.uri);
  // Pulled diagnostics come in a collection of their own: clear what was pushed while it was closed.
  if (canPullDiagnostics && (publishedUnopened.has(e.document.uri) || scanner?.has(e.document.uri))) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  void lint(e.document);
});
documents.onDidChangeContent((e) => {
  const opened = openedVersion.get(e.document.uri);
  openedVersion.delete(e.document.uri);
  if (opened === e.document.version) return; // the open itself, already linted
  schedule(e.document);
});
documents.onDidClose((e) => {
  const uri = e.document.uri;
  clearTimeout(timers.get(uri));
  timers.delete(uri);
  results.delete(uri);
  openedVersion.delete(uri);
  skipNotified.delete(uri);
  store.invalidate(uri);
  gate.reset(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
  // The file on disk is the plan again (unsaved edits are gone with the editor).
  void reindexFromDisk(uri);
});

// Saved under run: onSave: the saved text's findings are shown now (a client that pulls is asked to pull).
documents.onDidSave((e) => {
  if (!gate.reset(e.document.uri)) return; // run: onType: checked as it was typed
  refreshPulled();
  void lint(e.document);
});

connection.onDidChangeWatchedFiles(async (e) => {
  // A shared config file (or a file it extends) changed: every document is checked again.
  const configFileChanged = e.changes.some((ch) => {
    const p = toPath(ch.uri);
    return p !== null && (paths?.basename(p) === CONFIG_FILE || store.files.has(p));
  });
  if (configFileChanged) {
    forgetConfigFiles();
    configChanged();
  } else if (e.changes.some((ch) => {
    const p = toPath(ch.uri);
    return p !== null && paths?.basename(p) === SUPPRESSIONS_FILE;
  })) {
    // The suppressions changed (gongwen check --suppress-all, --prune-suppressions): shown again without them.
    suppressions?.invalidate();
    relintAll();
    refreshPulled();
  }
  for (const ch of e.changes) {
    if (/\.json$/i.test(ch.uri)) continue;
    if (documents.get(ch.uri)) continue; // the editor's text wins while the file is open
    if (ch.type === FileChangeType.Deleted) {
      recheckPlans(plans.remove(ch.uri));
      if (publishedUnopened.delete(ch.uri)) void connection.sendDiagnostics({ uri: ch.uri, diagnostics: [] });
      continue;
    }
    await reindexFromDisk(ch.uri);
    // Another file of the last workspace scan changed on disk (saved): check it again. A research
    // plan is left to publishUnopened, which compares it with the workspace's other plans.
    if (scanner?.has(ch.uri) && plans.textOf(ch.uri) === undefined) void scanner.rescanFile(ch.uri, await store.get(ch.uri), relativePath(ch.uri), initOptions.docsBaseUrl);
  }
});

/** A workspace folder with the configuration of the folder itself (for walking it). */
async function folderInfo(folder: WorkspaceFolder): Promise<FolderInfo> {
  // With a trailing slash the config store searches from the folder itself, not from its parent.
  const eff = await store.get(`${folder.uri.replace(/\/$/, '')}/`);
  return { uri: folder.uri, eff, relPath: relativePath };
}

/** A file's workspace folder, with the file's own configuration (as lint resolves it). */
async function fileInfo(uri: string): Promise<FolderInfo> {
  return { uri: (folderOf(uri)?.folder ?? folders[0])?.uri ?? uri, eff: await store.get(uri), relPath: relativePath };
}

function folderInfos(): Promise<FolderInfo[]> {
  return Promise.all(folders.map(folderInfo));
}

async function buildPlanIndex(): Promise<void> {
  await plans.build(await folderInfos());
  plansVersion++;
  // Open plans are compared with the whole workspace now; unopened ones get their cross-plan
  // findings. Nothing else depends on the index, and a document not analysed yet will be with it.
  let research = false;
  for (const d of documents.all()) {
    if (results.get(d.uri)?.result.kind !== 'research') continue;
    research = true;
    void lint(d);
  }
  if (research) refreshPulled();
  for (const p of plans.index.all()) if (!documents.get(p.id)) void publishUnopened(p.id);
}

async function reindexFromDisk(uri: string): Promise<void> {
  if (!uri.startsWith('file:') || !folders.length) return;
  const info = await fileInfo(uri);
  if (!isIncluded(info.eff, relativePath(uri))) return;
  recheckPlans(await plans.indexFile(uri, info));
  void publishUnopened(uri);
}

/** Checks the given plans again: open ones through lint, unopened ones from their text on disk. */
function recheckPlans(ids: Set<string>): void {
  if (ids.size === 0) return;
  plansVersion++;
  const unopened: string[] = [];
  for (const id of ids) {
    const open = documents.get(id);
    if (open) schedule(open);
    else unopened.push(id);
  }
  if (unopened.length < ids.size) refreshPulled();
  // Unopened plans one at a time, yielding between them, so typing stays responsive.
  void (async () => {
    for (const id of unopened) {
      await new Promise<void>((r) => setImmediate(r));
      await publishUnopened(id);
    }
  })();
}

/** An unopened plan's diagnostics, published when it has cross-plan findings (or had them, or the workspace scan published it). */
async function publishUnopened(uri: string): Promise<void> {
  if (documents.get(uri)) return;
  const text = plans.textOf(uri);
  // Checking turned off there (gongwen.enable, gongwen.run: off): its cross-plan findings go too.
  if (text === undefined || runModeOf(await store.editorSettings(uri)) === 'off') {
    if (publishedUnopened.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    return;
  }
  const eff = await store.get(uri);
  const r = checkText(text, relativePath(uri), eff, { workspace: { index: plans.index, self: uri } });
  const cross = r.findings.some((f) => WORKSPACE_RULES.includes(f.rule));
  if (!cross && !publishedUnopened.has(uri) && !scanner?.has(uri)) return;
  if (cross) publishedUnopened.add(uri);
  void connection.sendDiagnostics({ uri, diagnostics: unsuppressed(uri, toDiagnostics(r, eff.config.locale, null, initOptions.docsBaseUrl)) });
}

/** A file's diagnostics without those gongwen-suppressions.json leaves out (lsp/suppressions.ts). */
function unsuppressed(uri: string, diagnostics: Diagnostic[]): Diagnostic[] {
  return suppressions ? suppressions.filter(toPath(uri), folderOf(uri)?.root ?? null, diagnostics) : diagnostics;
}

/** The same for a scanned file's findings (the workspace scan). */
function unsuppressedFindings<T extends { rule: string }>(uri: string, findings: T[]): T[] {
  return suppressions ? suppressions.keep(toPath(uri), folderOf(uri)?.root ?? null, findings) : findings;
}

function schedule(doc: TextDocument): void {
  clearTimeout(timers.get(doc.uri));
  timers.set(
    doc.uri,
    setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) void lint(current);
    }, DEBOUNCE_MS),
  );
}

function relintAll(): void {
  for (const d of documents.all()) void lint(d);
}

let refreshQueued = false;

/**
 * Something besides the text changed what open documents show (settings, the workspace's plans):
 * a client that pulls diagnostics is asked to pull again (once for a burst of changes). A client
 * that is pushed to gets them from lint.
 */
function refreshPulled(): void {
  if (!canPullDiagnostics || !canRefreshDiagnostics || refreshQueued) return;
  refreshQueued = true;
  setImmediate(() => {
    refreshQueued = false;
    void connection.languages.diagnostics.refresh().catch(() => undefined);
  });
}

/** An open document's diagnostics: pushed, unless the client pulls them. */
function publishOpen(uri: string, diagnostics: () => Diagnostic[], version?: number): void {
  if (!canPullDiagnostics) void connection.sendDiagnostics({ uri, version, diagnostics: diagnostics() });
}

function toPath(uri: string): string | null {
  uri = docxFileUri(uri) ?? uri; // a .docx's text view stands for the file: its folder, globs and suppressions
  if (!uri.startsWith('file:') || !paths) return null;
  try {
    return paths.fromUri(uri);
  } catch {
    return null;
  }
}

/**
 * The innermost workspace folder holding a URI (a folder's own URI, with or without a trailing
 * slash, is inside it), its path on disk, and the URI's path relative to it. File URIs are
 * compared as paths, so that different spellings of one file (file:///c%3A/… and file:///C:/…) agree.
 */
function folderOf(uri: string): { folder: WorkspaceFolder; root: string | null; rel: string } | undefined {
  const file = toPath(uri);
  let best: { folder: WorkspaceFolder; root: string | null; rel: string } | undefined;
  for (const folder of folders) {
    const root = toPath(folder.uri);
    let rel: string;
    if (file !== null && root !== null && paths) {
      rel = paths.relative(root, file);
      if (rel === '..' || rel.startsWith('../') || paths.isAbsolute(rel)) continue;
    } else {
      const base = folder.uri.endsWith('/') ? folder.uri : `${folder.uri}/`;
      if (uri !== folder.uri && !uri.startsWith(base)) continue;
      rel = uri.slice(base.length);
    }
    if (!best || rel.length < best.rel.length) best = { folder, root, rel };
  }
  return best;
}

/** The path globs are matched against: relative to the innermost workspace folder. */
function relativePath(uri: string): string {
  const file = toPath(uri);
  if (file === null) return uri.startsWith('file:') ? uri : uri.replace(/^[a-z-]+:\/*/i, '');
  const f = folderOf(uri);
  return f && f.root !== null ? f.rel : file.split(paths!.sep).join('/');
}

function isMarkdown(doc: TextDocument): boolean {
  return doc.languageId === 'markdown' || isMarkdownPath(doc.uri);
}

/** A document of the gongwen language is official drafting whatever it looks like (undefined: the path decides). */
function isGongwenLanguage(doc: TextDocument): true | undefined {
  return doc.languageId === 'gongwen' || undefined;
}

/**
 * Whether an analysis can change when another file of the workspace does: a research plan (the
 * cross-plan rules), or any file while a rule comparing documents or meetings is on.
 */
function readsWorkspace(r: AnalysisResult, eff: Effective): boolean {
  return r.kind === 'research' || comparesDocuments(eff.config.rules);
}

/** The analysis of an open document's current text, reused while nothing it depends on changed. */
function analyzeDoc(doc: TextDocument, eff: Effective): AnalysisResult | null {
  const cached = results.get(doc.uri);
  if (cached && cached.version === doc.version && cached.eff === eff && (cached.plansVersion === plansVersion || !readsWorkspace(cached.result, eff))) return cached.result;
  const text = doc.getText();
  if (text.length > eff.maxFileSize) return null;
  const result = checkText(text, relativePath(doc.uri), eff, { markdown: isMarkdown(doc), official: isGongwenLanguage(doc), workspace: { index: plans.index, self: doc.uri } });
  results.set(doc.uri, { version: doc.version, result, eff, plansVersion, resultId: String(++analyses) });
  return result;
}

async function lint(doc: TextDocument): Promise<void> {
  const uri = doc.uri;
  const version = doc.version;
  let eff: Effective;
  try {
    eff = await store.get(uri);
  } catch (e) {
    connection.console.error(`gongwen: settings for ${uri}: ${String(e)}`);
    return;
  }
  const shown = await gate.shownVersion(doc);
  const current = documents.get(uri);
  if (!current || current.version !== version) return; // a newer version is on its way
  const locale = eff.config.locale;
  if (shown === null) {
    publishOpen(uri, () => []);
    sendInfoSkipped(doc, eff, localize(locale, { zh: '已关闭检查（gongwen.enable / gongwen.run）', en: 'checking is off (gongwen.enable / gongwen.run)' }));
    return;
  }
  if (shown !== version) return; // run: onSave: the last saved text's findings stay until the next save
  const rel = relativePath(uri);
  if (uri.startsWith('file:') && !isIncluded(eff, rel)) {
    publishOpen(uri, () => []);
    sendInfoSkipped(doc, eff, localize(locale, { zh: '已按 include/exclude 设置排除', en: 'excluded by the include/exclude settings' }));
    return;
  }
  const size = doc.getText().length;
  if (size > eff.maxFileSize) {
    const reason = localize(locale, tooLarge(size, eff.maxFileSize));
    if (!skipNotified.has(uri)) {
      skipNotified.add(uri);
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `gongwen: ${rel}: ${reason}` });
    }
    connection.console.warn(`gongwen: ${rel}: ${reason}`);
    publishOpen(uri, () => []);
    sendInfoSkipped(doc, eff, reason);
    return;
  }
  skipNotified.delete(uri); // under the limit again: tell again if it grows past it
  let result: AnalysisResult | null;
  try {
    result = analyzeDoc(doc, eff);
  } catch (e) {
    // Never let one document take the server down: report it and keep serving the others.
    connection.console.error(`gongwen: analysis failed for ${uri}: ${(e as Error)?.stack ?? String(e)}`);
    publishOpen(uri, () => []);
    return;
  }
  if (!result) return;
  logFailures(uri, result);
  const analysed = result;
  publishOpen(uri, () => unsuppressed(uri, toDiagnostics(analysed, locale, version, initOptions.docsBaseUrl)), version);
  // A plan's route changed: the plans that share its places are checked again.
  recheckPlans(plans.update(uri, result, eff));
  const info: DocumentInfo = {
    uri,
    version,
    kind: result.kind,
    kindSource: result.kindSource,
    scope: result.scope,
    scopeSource: result.scopeSource,
    counts: result.counts,
    limit: result.limit,
    comprehensiveLimit: result.limits?.comprehensive ?? null,
    countMode: result.countMode,
    locale: eff.config.locale,
    packs: eff.config.packs,
  };
  void connection.sendNotification(DocumentInfoNotification, info);
}

/** Rules that threw on a document, logged once per document and rule (the diagnostics name them too). */
const loggedFailures = new Set<string>();
function logFailures(uri: string, r: AnalysisResult): void {
  for (const f of r.failures) {
    const key = `${uri}\n${f.rule}`;
    if (loggedFailures.has(key)) continue;
    loggedFailures.add(key);
    connection.console.error(`gongwen: rule ${f.rule} failed on ${uri} (checked without it): ${f.error}`);
  }
}

function sendInfoSkipped(doc: TextDocument, eff: Effective, reason: string): void {
  const info: DocumentInfo = {
    uri: doc.uri, version: doc.version, kind: 'document', kindSource: 'default', scope: null, scopeSource: 'default',
    counts: { body: 0, attachments: 0, attachmentCount: 0 }, limit: null, comprehensiveLimit: null, countMode: eff.config.countMode, locale: eff.config.locale, skipped: reason, packs: eff.config.packs,
  };
  void connection.sendNotification(DocumentInfoNotification, info);
}

/**
 * textDocument/diagnostic: the diagnostics of the document's current text, or `unchanged` when the
 * client already has those of this analysis. Nothing when it is not checked (excluded, too large,
 * or the analysis failed: lint tells why).
 */
connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return { kind: 'full', items: [] };
  const eff = await store.get(doc.uri);
  if (doc.uri.startsWith('file:') && !isIncluded(eff, relativePath(doc.uri))) return { kind: 'full', items: [] };
  const shown = await gate.shownVersion(doc);
  if (shown === null) return { kind: 'full', items: [] };
  if (shown !== doc.version) {
    // run: onSave, edited since: the findings of the saved text, as they were shown.
    const last = results.get(doc.uri);
    if (!last || last.version !== shown) return { kind: 'full', items: [] };
    if (params.previousResultId === last.resultId) return { kind: 'unchanged', resultId: last.resultId };
    return { kind: 'full', resultId: last.resultId, items: unsuppressed(doc.uri, toDiagnostics(last.result, last.eff.config.locale, last.version, initOptions.docsBaseUrl)) };
  }
  let result: AnalysisResult | null = null;
  try {
    result = analyzeDoc(doc, eff);
  } catch {
    /* reported by lint */
  }
  const resultId = result ? results.get(doc.uri)?.resultId : undefined;
  if (!result || resultId === undefined) return { kind: 'full', items: [] };
  if (params.previousResultId === resultId) return { kind: 'unchanged', resultId };
  return { kind: 'full', resultId, items: unsuppressed(doc.uri, toDiagnostics(result, eff.config.locale, doc.version, initOptions.docsBaseUrl)) };
});

connection.onCodeAction(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || docxFileUri(doc.uri) || !(await gate.shows(doc))) return []; // a Word file's text view is read-only: nothing to fix in it
  const eff = await store.get(doc.uri);
  // Analysed at most once per request, and only when an action needs it.
  let memo: AnalysisResult | null | undefined;
  const fresh = (): AnalysisResult | null => (memo !== undefined ? memo : (memo = analyzeDoc(doc, eff)));
  try {
    return codeActions(params, doc, fresh, eff.config.locale, () => safeEditsFor(doc, eff));
  } catch (e) {
    connection.console.error(`gongwen: code actions failed for ${doc.uri}: ${String(e)}`);
    return [];
  }
});

connection.onHover(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !(await gate.shows(doc))) return null;
  const eff = await store.get(doc.uri);
  const r = analyzeDoc(doc, eff);
  if (!r) return null;
  const finding = hoverAt(r, params.position, eff.config.locale, initOptions.docsBaseUrl);
  const timing = agendaHover(r, eff.config, params.position, eff.config.locale) ?? planHover(r, plans.index, doc.uri, params.position, eff.config.locale);
  if (finding && timing) {
    const value = (h: typeof finding): string => (typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
    return { contents: { kind: 'markdown', value: `${value(timing)}\n\n---\n\n${value(finding)}` }, range: timing.range };
  }
  return finding ?? timing;
});

connection.languages.inlayHint.on(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !(await gate.shows(doc))) return [];
  const eff = await store.get(doc.uri);
  const r = analyzeDoc(doc, eff);
  return r ? inlayHints(r, eff.config, eff.config.locale, params.range) : [];
});

connection.onDocumentSymbol(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !(await gate.shows(doc))) return [];
  const eff = await store.get(doc.uri);
  const r = analyzeDoc(doc, eff);
  return r ? documentSymbols(r, eff.config.locale) : [];
});

connection.onFoldingRanges(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || !(await gate.shows(doc))) return [];
  const eff = await store.get(doc.uri);
  const r = analyzeDoc(doc, eff);
  return r ? foldingRanges(r) : [];
});

connection.onRequest(ScanWorkspaceRequest, async (_params: unknown, token) => {
  if (!scanner) throw new ResponseError(-32601, 'gongwen: the workspace scan needs a file system (not available on the web)');
  const infos = await folderInfos();
  let last = 0;
  return scanner.scan(
    infos.map((i) => ({ uri: i.uri, eff: i.eff })),
    () => token.isCancellationRequested,
    (done, total) => {
      // A progress note at most every 50 ms keeps the channel quiet on big folders.
      const now = Date.now();
      if (now - last >= 50 || done === total) {
        last = now;
        void connection.sendNotification(ScanProgressNotification, { done, total });
      }
    },
    initOptions.docsBaseUrl,
  );
});

connection.onRequest(ScanReportRequest, () => scanner?.report() ?? null);

connection.onRequest(ExplainCountRequest, async (params: ExplainCountParams) => {
  const doc = documents.get(params.uri);
  if (!doc || (await gate.shownVersion(doc)) === null) return null;
  const eff = await store.get(doc.uri);
  const r = analyzeDoc(doc, eff);
  return r ? explainCount(r, eff.config.locale) : null;
});

host.serveDocx?.(connection, (uri) => store.get(uri));

// Format Document, editor.formatOnSave and the fix-all command: the safe fixes (lsp/format.ts).
connection.onDocumentFormatting(async (params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc || docxFileUri(doc.uri) || (await gate.shownVersion(doc)) === null) return [];
  return safeEditsFor(doc, await store.get(doc.uri));
});

/** The document's safe fixes as one edit (lsp/format.ts); none for a file the configuration leaves out. */
function safeEditsFor(doc: TextDocument, eff: Effective): LspTextEdit[] {
  const rel = relativePath(doc.uri);
  if (doc.uri.startsWith('file:') && !isIncluded(eff, rel)) return [];
  return safeFixEdits(doc, rel, eff, { markdown: isMarkdown(doc), official: isGongwenLanguage(doc) });
}

documents.listen(connection);
connection.listen();
