// Commands behind the quick fixes and the sidebar: reviewed ignores, workspace glossary and allow list, reveal.
import * as vscode from 'vscode';
import type { ConfigStore } from './config-store.js';
import { ignoreInsertion } from './convert.js';
import { withAllowedTerm, withGlossaryTerm } from './rc-edit.js';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/** Inserts `<!-- rapport-disable-next-line <rule> -- <reason> -->` above the finding's line. */
export async function ignoreHere(uri: vscode.Uri, offset: number, ruleId: string, reason?: string): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const given =
    reason ??
    (await vscode.window.showInputBox({
      title: `Ignore “${ruleId}” here`,
      prompt: 'Why is this wording right here? The reason stays in the article for reviewers.',
      placeHolder: 'e.g. quoting the customer’s own words',
      validateInput: (v) => (v.trim() ? undefined : 'A short reason helps the next reviewer.'),
    }));
  if (!given?.trim()) return false;
  const insertion = ignoreInsertion(doc.getText(), offset, ruleId, given);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, doc.positionAt(insertion.start), insertion.newText);
  return vscode.workspace.applyEdit(edit);
}

/** The file the glossary and allow quick fixes write: the .rapportrc.json in use, else a new one at the folder root. */
function configTarget(configs: ConfigStore, uri: vscode.Uri): vscode.Uri | undefined {
  const inUse = configs.configFor(uri).file;
  if (inUse) return inUse;
  const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, '.rapportrc.json');
}

async function editConfig(configs: ConfigStore, uri: vscode.Uri, change: (text: string | undefined) => string): Promise<vscode.Uri | undefined> {
  const target = configTarget(configs, uri);
  if (!target) {
    void vscode.window.showWarningMessage('Rapport: open a folder first; the workspace glossary lives in its .rapportrc.json.');
    return undefined;
  }
  const text = await readText(target);
  let next: string;
  try {
    if (target.path.endsWith('/package.json')) {
      // The config lives under the "rapport" key: edit only that part.
      const pkg = JSON.parse(text ?? '{}') as Record<string, unknown>;
      pkg['rapport'] = JSON.parse(change(JSON.stringify(pkg['rapport'] ?? {})));
      next = `${JSON.stringify(pkg, null, 2)}\n`;
    } else {
      next = change(text);
    }
  } catch (err) {
    void vscode.window.showErrorMessage(
      `Rapport: could not update ${vscode.workspace.asRelativePath(target)}: ${err instanceof Error ? err.message : String(err)}. Fix the file and try again.`,
    );
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, encoder.encode(next));
  // Do not wait for the file watcher: the diagnostics should update right away.
  await configs.reload(target);
  return target;
}

export async function addToGlossary(configs: ConfigStore, uri: vscode.Uri, term: string, suggestedGloss: string, gloss?: string): Promise<vscode.Uri | undefined> {
  const given =
    gloss ??
    (await vscode.window.showInputBox({
      title: `Add “${term}” to the workspace glossary`,
      prompt: `How would you explain “${term}” in plain words to the people who read your articles?`,
      value: suggestedGloss,
      validateInput: (v) => (v.trim() ? undefined : 'A few plain words are enough.'),
    }));
  if (!given?.trim()) return undefined;
  return editConfig(configs, uri, (text) => withGlossaryTerm(text, { term, gloss: given.trim() }));
}

export async function allowTerm(configs: ConfigStore, uri: vscode.Uri, term: string): Promise<vscode.Uri | undefined> {
  return editConfig(configs, uri, (text) => withAllowedTerm(text, term));
}

/** Opens the document and selects a span (sidebar rows call this). */
export async function reveal(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
