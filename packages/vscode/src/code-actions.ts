// Quick fixes for Rapport diagnostics (every core suggestion, ignore with a reason, glossary/allow for jargon,
// fix all of one rule) and `source.fixAll.rapport`. The edits come from core's suggestions via convert.ts.
import * as vscode from 'vscode';
import type { Finding } from '@rapport/core';
import type { Checker } from './checker.js';
import { ruleIdOf } from './checker.js';
import { type OffsetEdit, planFixAll, quickFixes } from './convert.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('rapport');

function workspaceEdit(doc: vscode.TextDocument, edits: readonly OffsetEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return edit;
}

export class RapportCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly checker: Checker) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!this.checker.isTarget(doc)) return [];
    const only = context.only;
    if (only?.contains(FIX_ALL_KIND)) return this.fixAll(doc);
    if (only && !only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const ours = context.diagnostics.filter((d) => d.source === 'Rapport');
    if (!ours.length) return [];
    const report = this.checker.freshReportFor(doc);
    if (!report) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of ours) {
      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      const finding = report.findings.find((f) => f.ruleId === ruleIdOf(d) && f.start === start && f.end === end);
      if (finding) actions.push(...this.actionsFor(doc, finding, d, report.findings));
    }
    return actions;
  }

  private actionsFor(doc: vscode.TextDocument, f: Finding, d: vscode.Diagnostic, all: readonly Finding[]): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const fix of quickFixes(f)) {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(doc, [fix.edit]);
      action.diagnostics = [d];
      action.isPreferred = fix.isPreferred;
      actions.push(action);
    }
    const sameRule = planFixAll(all, { ruleId: f.ruleId });
    if (sameRule.length > 1) {
      const action = new vscode.CodeAction(`Fix all ${sameRule.length} “${f.ruleId}” issues in this file`, vscode.CodeActionKind.QuickFix);
      action.edit = workspaceEdit(doc, sameRule);
      action.diagnostics = [d];
      actions.push(action);
    }
    if (f.category === 'jargon') {
      const term = f.actual;
      actions.push(
        command(`Add “${term}” to the workspace glossary`, 'rapport.addToGlossary', [doc.uri, term, f.gloss ?? ''], d),
        command(`Allow “${term}” in this workspace`, 'rapport.allowTerm', [doc.uri, term], d),
      );
    }
    // Reviewed ignores are HTML comments, which only Markdown keeps out of the rendered article.
    if (doc.languageId === 'markdown') {
      actions.push(command(`Ignore “${f.ruleId}” here (with reason)…`, 'rapport.ignoreHere', [doc.uri, f.start, f.ruleId], d));
    }
    return actions;
  }

  private fixAll(doc: vscode.TextDocument): vscode.CodeAction[] {
    const report = this.checker.freshReportFor(doc);
    const edits = report ? planFixAll(report.findings, { onlyUnambiguous: true }) : [];
    if (!edits.length) return [];
    const action = new vscode.CodeAction('Fix all Rapport issues with a single rewrite', FIX_ALL_KIND);
    action.edit = workspaceEdit(doc, edits);
    return [action];
  }
}

function command(title: string, id: string, args: unknown[], d: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { title, command: id, arguments: args };
  action.diagnostics = [d];
  return action;
}
