// Live diagnostics: analyses open documents on open, on visible editors and (debounced) on change, keeps the last
// report per document for the hover, the quick fixes, the sidebar and the status bar.
import * as vscode from 'vscode';
import { analyze, type AnalyzeOptions, type Finding, type RapportConfig, type Report } from '@rapport/core';
import type { ConfigStore, ResolvedConfig } from './config-store.js';
import { type DiagnosticData, type PlainRange, type PositionAt, toDiagnosticData } from './convert.js';
import { readSettings, type Settings } from './settings.js';

const SKIPPED_SCHEMES = new Set(['git', 'output', 'vscode-scm', 'comment', 'debug', 'vscode-settings', 'walkThroughSnippet']);

export interface CheckedDocument {
  uri: vscode.Uri;
  /** The document version the report belongs to; undefined for files checked from disk. */
  version?: number;
  report: Report;
}

const LEVELS: Record<DiagnosticData['level'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

const toRange = (r: PlainRange): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

export function toDiagnostic(data: DiagnosticData, uri: vscode.Uri, extensionUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(data.range), data.message, LEVELS[data.level]);
  d.source = data.source;
  d.code = { value: data.ruleId, target: vscode.Uri.joinPath(extensionUri, data.docsPath) };
  if (data.related.length) {
    d.relatedInformation = data.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), r.message));
  }
  return d;
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  return typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

export class Checker implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection('rapport');
  private readonly checked = new Map<string, CheckedDocument>();
  /** Files filled in by Check Workspace: their diagnostics stay when the editor closes. */
  private readonly fromWorkspaceCheck = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidUpdate = this.updated.event;
  private settings: Settings = readSettings();
  private readonly reportedConfigErrors = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.updated];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly configs: ConfigStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document, this.settings.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.schedule(e.document, 0))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('rapport')) {
          this.settings = readSettings();
          this.recheckAll();
        }
      }),
      configs.onDidChange(() => {
        this.reportedConfigErrors.clear();
        this.recheckAll();
      }),
    );
  }

  /** Checks every open target document (on start, and when settings or config files change). */
  recheckAll(): void {
    if (!this.settings.enable) {
      this.diagnostics.clear();
      this.checked.clear();
      this.fromWorkspaceCheck.clear();
      for (const t of this.timers.values()) clearTimeout(t);
      this.timers.clear();
      this.updated.fire(vscode.Uri.parse('rapport:all'));
      return;
    }
    for (const doc of vscode.workspace.textDocuments) this.schedule(doc, 0);
  }

  isTarget(doc: vscode.TextDocument): boolean {
    return this.settings.enable && !SKIPPED_SCHEMES.has(doc.uri.scheme) && this.settings.languageIds.includes(doc.languageId);
  }

  get enabled(): boolean {
    return this.settings.enable;
  }

  private schedule(doc: vscode.TextDocument, delay: number): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!this.isTarget(doc)) {
      if (this.checked.delete(key)) {
        this.diagnostics.delete(doc.uri);
        this.updated.fire(doc.uri);
      }
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.checkDocument(doc);
      }, delay),
    );
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.fromWorkspaceCheck.has(key)) return;
    this.checked.delete(key);
    this.diagnostics.delete(doc.uri);
    this.updated.fire(doc.uri);
  }

  /** Analyses an open document now and publishes its diagnostics. */
  checkDocument(doc: vscode.TextDocument): CheckedDocument | undefined {
    if (!this.isTarget(doc)) return undefined;
    const text = doc.getText();
    const report = this.analyzeText(text, doc.uri, doc.languageId === 'markdown' ? 'markdown' : 'auto');
    if (!report) return undefined;
    const entry: CheckedDocument = { uri: doc.uri, version: doc.version, report };
    this.publish(entry, text, (o) => doc.positionAt(o));
    return entry;
  }

  /** Publishes a report for a file read from disk (Check Workspace). */
  publishFile(uri: vscode.Uri, text: string, report: Report, positionAt: PositionAt): void {
    this.fromWorkspaceCheck.add(uri.toString());
    this.publish({ uri, report }, text, positionAt);
  }

  private publish(entry: CheckedDocument, text: string, positionAt: PositionAt): void {
    this.checked.set(entry.uri.toString(), entry);
    this.diagnostics.set(
      entry.uri,
      entry.report.findings.map((f) => toDiagnostic(toDiagnosticData(f, text, positionAt), entry.uri, this.extensionUri)),
    );
    this.updated.fire(entry.uri);
  }

  /** The report for a document, only if it matches the document's current version. */
  reportFor(doc: vscode.TextDocument): Report | undefined {
    const entry = this.checked.get(doc.uri.toString());
    if (!entry || (entry.version !== undefined && entry.version !== doc.version)) return undefined;
    return entry.report;
  }

  /** The report for a document, analysing it now if the stored one is stale (hover and quick fixes need it fresh). */
  freshReportFor(doc: vscode.TextDocument): Report | undefined {
    return this.reportFor(doc) ?? this.checkDocument(doc)?.report;
  }

  lastReport(uri: vscode.Uri): Report | undefined {
    return this.checked.get(uri.toString())?.report;
  }

  findingsAt(doc: vscode.TextDocument, range: vscode.Range): Finding[] {
    const report = this.freshReportFor(doc);
    if (!report) return [];
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    return report.findings.filter((f) => f.start <= end && f.end >= start);
  }

  /** analyze() with settings over .rapportrc.json; a rejected config or setting is reported once and left out. */
  analyzeText(text: string, uri: vscode.Uri, kind: AnalyzeOptions['kind']): Report | undefined {
    const resolved = this.configs.configFor(uri);
    if (resolved.error) this.reportConfigError(resolved, resolved.error.message);
    const audience = this.settings.audience === 'auto' ? undefined : this.settings.audience;
    const withSettings = (config: RapportConfig): AnalyzeOptions => ({
      kind,
      config: { ...config, rules: { ...config.rules, ...this.settings.rules } },
      ...(audience ? { audience } : {}),
    });
    const attempt = (options: AnalyzeOptions): Report | Error => {
      try {
        return analyze(text, options);
      } catch (err) {
        // analyze() throws only on bad options (a value it rejects), never on the text.
        return err instanceof Error ? err : new Error(String(err));
      }
    };
    const full = attempt(withSettings(resolved.config));
    if (!(full instanceof Error)) return full;
    const fileOnly = attempt({ kind, config: resolved.config });
    if (fileOnly instanceof Error) {
      this.reportConfigError(resolved, fileOnly.message);
      const settingsOnly = attempt(withSettings({}));
      if (!(settingsOnly instanceof Error)) return settingsOnly;
    } else {
      this.reportConfigError({ config: {} }, full.message);
      return fileOnly;
    }
    return analyze(text, { kind });
  }

  private reportConfigError(resolved: ResolvedConfig, message: string): void {
    const key = `${resolved.file?.toString() ?? 'settings'}\u0000${message}`;
    if (this.reportedConfigErrors.has(key)) return;
    this.reportedConfigErrors.add(key);
    const where = resolved.file ? vscode.workspace.asRelativePath(resolved.file) : 'a Rapport setting (rapport.rules or rapport.audience)';
    this.log.error(`Config problem in ${where}: ${message}`);
    const open = 'Open File';
    void vscode.window
      .showErrorMessage(`Rapport: ${where} has a problem, so Rapport uses its defaults until it is fixed. ${message}`, ...(resolved.file ? [open] : []))
      .then((choice) => {
        if (choice === open && resolved.file) void vscode.window.showTextDocument(resolved.file);
      });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
