// The Rapport sidebar (its own activity-bar container): score, empathy checklist and findings by category for the
// active document, and the status-bar score. Rows come from convert.ts's reportOutline(); clicking one reveals it.
import * as vscode from 'vscode';
import type { Checker } from './checker.js';
import { type OutlineIcon, type OutlineNode, reportOutline, statusOf } from './convert.js';

const ICONS: Record<OutlineIcon, vscode.ThemeIcon> = {
  pass: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  fail: new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('list.warningForeground')),
  notApplicable: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('disabledForeground')),
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')),
  info: new vscode.ThemeIcon('info'),
  score: new vscode.ThemeIcon('heart'),
  checklist: new vscode.ThemeIcon('checklist'),
  category: new vscode.ThemeIcon('symbol-folder'),
};

export class ReportView implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly status = vscode.window.createStatusBarItem('rapport.score', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[];
  private document: vscode.TextDocument | undefined;

  constructor(private readonly checker: Checker) {
    this.status.name = 'Rapport score';
    this.status.command = 'rapport.report.focus';
    this.disposables = [
      this.changed,
      this.status,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      checker.onDidUpdate(() => this.refresh()),
    ];
    this.refresh();
  }

  /** The document the view shows: the active editor's, if Rapport checks it. */
  private current(): vscode.TextDocument | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && this.checker.isTarget(doc)) return doc;
    // Keep the last document while focus is in the sidebar or a panel.
    return this.document && !this.document.isClosed && this.checker.isTarget(this.document) && !vscode.window.activeTextEditor ? this.document : undefined;
  }

  private refresh(): void {
    this.document = this.current();
    const report = this.document && this.checker.lastReport(this.document.uri);
    if (report) {
      const status = statusOf(report);
      this.status.text = status.text;
      this.status.tooltip = status.tooltip;
      this.status.show();
    } else {
      this.status.hide();
    }
    this.changed.fire();
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    if (node) return node.children ?? [];
    const report = this.document && this.checker.lastReport(this.document.uri);
    return report ? reportOutline(report) : [];
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const collapsible = node.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = ICONS[node.icon];
    if (node.insert) item.contextValue = 'checklistSuggestion';
    if (node.reveal && this.document) {
      item.command = { title: 'Reveal', command: 'rapport.reveal', arguments: [this.document.uri, node.reveal.start, node.reveal.end] };
    }
    return item;
  }

  /** Inserts a failed checklist item's suggested text into the document the view shows. */
  async insertSuggestion(node: OutlineNode): Promise<boolean> {
    const doc = this.document;
    if (!doc || !node.insert) return false;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.positionAt(node.insert.at), node.insert.text);
    return vscode.workspace.applyEdit(edit);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
