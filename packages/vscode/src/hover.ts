// Hover on a flagged phrase: the plain-language gloss, the rewrites and the rule page under the diagnostic (convert.ts).
import * as vscode from 'vscode';
import type { Checker } from './checker.js';
import { hoverMarkdown } from './convert.js';

export class RapportHover implements vscode.HoverProvider {
  constructor(
    private readonly checker: Checker,
    private readonly extensionUri: vscode.Uri,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.checker.isTarget(doc)) return undefined;
    const findings = this.checker.findingsAt(doc, new vscode.Range(position, position));
    if (!findings.length) return undefined;
    const contents = findings.map((f) => new vscode.MarkdownString(hoverMarkdown(f, vscode.Uri.joinPath(this.extensionUri, f.docsUrl).toString())));
    const start = Math.min(...findings.map((f) => f.start));
    const end = Math.max(...findings.map((f) => f.end));
    return new vscode.Hover(contents, new vscode.Range(doc.positionAt(start), doc.positionAt(end)));
  }
}
