// Rapport for VS Code: activate() only wires things up; every registration is disposed with the extension.
import * as vscode from 'vscode';
import type { Report } from '@rapport/core';
import { checkWorkspace } from './check-workspace.js';
import { Checker } from './checker.js';
import { RapportCodeActions } from './code-actions.js';
import { addToGlossary, allowTerm, ignoreHere, reveal } from './commands.js';
import { ConfigStore } from './config-store.js';
import { RapportHover } from './hover.js';
import { type OutlineNode, reportOutline } from './convert.js';
import { ReportView } from './sidebar.js';

/** What the extension exposes to other extensions (and the e2e suite). */
export interface RapportApi {
  reportFor(uri: vscode.Uri): Report | undefined;
  /** The sidebar rows for a document, as the Rapport view shows them. */
  outlineFor(uri: vscode.Uri): OutlineNode[];
}

export function activate(context: vscode.ExtensionContext): RapportApi {
  const log = vscode.window.createOutputChannel('Rapport', { log: true });
  const configs = new ConfigStore();
  const checker = new Checker(context.extensionUri, configs, log);
  const view = new ReportView(checker);
  // A selector built from the settings would go stale; the providers check isTarget() themselves.
  const selector: vscode.DocumentSelector = [{ scheme: '*' }];
  context.subscriptions.push(
    log,
    configs,
    checker,
    view,
    vscode.window.registerTreeDataProvider('rapport.report', view),
    vscode.languages.registerCodeActionsProvider(selector, new RapportCodeActions(checker), RapportCodeActions.metadata),
    vscode.languages.registerHoverProvider(selector, new RapportHover(checker, context.extensionUri)),
    vscode.commands.registerCommand('rapport.checkWorkspace', (options?: { token?: vscode.CancellationToken }) => checkWorkspace(checker, configs, options?.token)),
    vscode.commands.registerCommand('rapport.checkDocument', () => {
      const doc = vscode.window.activeTextEditor?.document;
      return doc ? checker.checkDocument(doc)?.report : undefined;
    }),
    vscode.commands.registerCommand('rapport.showReport', () => vscode.commands.executeCommand('rapport.report.focus')),
    vscode.commands.registerCommand('rapport.ignoreHere', ignoreHere),
    vscode.commands.registerCommand('rapport.addToGlossary', (uri: vscode.Uri, term: string, suggested: string, gloss?: string) =>
      addToGlossary(configs, uri, term, suggested, gloss),
    ),
    vscode.commands.registerCommand('rapport.allowTerm', (uri: vscode.Uri, term: string) => allowTerm(configs, uri, term)),
    vscode.commands.registerCommand('rapport.reveal', reveal),
    vscode.commands.registerCommand('rapport.insertSuggestion', (node: OutlineNode) => view.insertSuggestion(node)),
  );
  // Check what is already open once the config files are known.
  void configs.ready().then(() => checker.recheckAll(), (err: unknown) => log.error(`Reading config files failed: ${String(err)}`));
  return {
    reportFor: (uri) => checker.lastReport(uri),
    outlineFor: (uri) => {
      const report = checker.lastReport(uri);
      return report ? reportOutline(report) : [];
    },
  };
}

export function deactivate(): void {}
