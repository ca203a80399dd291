// "Rapport: Check Workspace": every Markdown file in the workspace into the Problems panel, with a cancellable
// progress notification. files.exclude applies (findFiles' default); `ignore` globs from the config are subtracted.
import * as vscode from 'vscode';
import type { Checker } from './checker.js';
import type { ConfigStore } from './config-store.js';
import { positionsOf } from './convert.js';

const MARKDOWN_FILES = '**/*.{md,markdown}';
const decoder = new TextDecoder();

export interface WorkspaceCheckResult {
  files: number;
  findings: number;
  cancelled: boolean;
  /** Workspace-relative paths, in the order checked. */
  checked: string[];
}

async function filesToCheck(configs: ConfigStore, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  await configs.ready();
  const found = await vscode.workspace.findFiles(MARKDOWN_FILES, undefined, undefined, token);
  const ignored = new Set<string>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    // Globs are relative to the folder, as the CLI reads them relative to where it runs.
    const globs = configs.configFor(folder.uri, true).config.ignore ?? [];
    for (const glob of globs) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), null, undefined, token)) {
        ignored.add(uri.toString());
      }
    }
  }
  return found.filter((uri) => !ignored.has(uri.toString())).sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * `external`: a token from whoever ran the command (a task, another extension), cancelling it as the notification's
 * Cancel button does.
 */
export async function checkWorkspace(checker: Checker, configs: ConfigStore, external?: vscode.CancellationToken): Promise<WorkspaceCheckResult> {
  const result: WorkspaceCheckResult = { files: 0, findings: 0, cancelled: false, checked: [] };
  if (!checker.enabled) {
    void vscode.window.showInformationMessage('Rapport is turned off (rapport.enable). Turn it on to check the workspace.');
    return result;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Rapport: checking Markdown files', cancellable: true },
    async (progress, token) => {
      const stop = (): boolean => token.isCancellationRequested || external?.isCancellationRequested === true;
      const files = await filesToCheck(configs, token);
      const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      // Cancelled during the search (which then finds nothing) or before the last file.
      result.cancelled = stop();
      for (const uri of files) {
        if (stop()) {
          result.cancelled = true;
          break;
        }
        const rel = vscode.workspace.asRelativePath(uri);
        progress.report({ message: rel, increment: 100 / files.length });
        const doc = open.get(uri.toString());
        if (doc && checker.isTarget(doc)) {
          result.findings += checker.checkDocument(doc)?.report.findings.length ?? 0;
        } else {
          const text = decoder.decode(await vscode.workspace.fs.readFile(uri));
          const report = checker.analyzeText(text, uri, 'markdown');
          if (report) {
            checker.publishFile(uri, text, report, positionsOf(text));
            result.findings += report.findings.length;
          }
        }
        result.files++;
        result.checked.push(rel);
        // Yield between files so typing stays responsive during a long check.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
  );
  const summary = `Rapport checked ${result.files} Markdown file${result.files === 1 ? '' : 's'}: ${result.findings} finding${result.findings === 1 ? '' : 's'}`;
  void vscode.window.showInformationMessage(result.cancelled ? `${summary} before it was cancelled.` : `${summary}. See the Problems panel.`);
  return result;
}
