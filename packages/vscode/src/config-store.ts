// .rapportrc.json (and friends) for each document, read through @rapport/core/config with workspace.fs (so it also
// works in the browser), cached, and re-read when a FileSystemWatcher sees a config file change.
import * as vscode from 'vscode';
import type { RapportConfig } from '@rapport/core';
import { ConfigError, findConfigFile, parseConfig } from '@rapport/core/config';

const CONFIG_GLOB = '**/{.rapportrc.json,.rapportrc.jsonc,package.json}';
const decoder = new TextDecoder();

export interface ResolvedConfig {
  config: RapportConfig;
  /** The config file in use, if any. */
  file?: vscode.Uri;
  /** Set when the file is broken; `config` is then empty (defaults). */
  error?: ConfigError;
}

export class ConfigStore implements vscode.Disposable {
  /** Config candidates found in the workspace, by URI string, with their text. */
  private readonly files = new Map<string, { uri: vscode.Uri; text: string }>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private scan: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    const refresh = (uri: vscode.Uri): void => void this.reload(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(refresh),
      watcher.onDidChange(refresh),
      watcher.onDidDelete((uri) => {
        if (this.files.delete(uri.toString())) this.changed.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.scan = this.rescan();
      }),
    );
    this.scan = this.rescan();
  }

  ready(): Promise<void> {
    return this.scan;
  }

  private async rescan(): Promise<void> {
    const found = await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**');
    this.files.clear();
    await Promise.all(found.map((uri) => this.read(uri)));
    this.changed.fire();
  }

  private async read(uri: vscode.Uri): Promise<void> {
    try {
      this.files.set(uri.toString(), { uri, text: decoder.decode(await vscode.workspace.fs.readFile(uri)) });
    } catch {
      this.files.delete(uri.toString());
    }
  }

  /** Re-reads one file (the watcher calls this; so do the quick fixes that write the config). */
  async reload(uri: vscode.Uri): Promise<void> {
    if (uri.path.split('/').includes('node_modules')) return;
    await this.read(uri);
    this.changed.fire();
  }

  /** The config that applies to a document (or folder), found by walking up from it as the CLI does. */
  configFor(uri: vscode.Uri, isFolder = false): ResolvedConfig {
    const byPath = new Map<string, { uri: vscode.Uri; text: string }>();
    for (const f of this.files.values()) if (f.uri.scheme === uri.scheme && f.uri.authority === uri.authority) byPath.set(f.uri.path, f);
    const dir = isFolder ? uri.path : uri.path.slice(0, uri.path.lastIndexOf('/')) || '/';
    const hasRapportKey = (path: string): boolean => {
      try {
        return parseConfig(byPath.get(path)?.text ?? '', path) !== null;
      } catch {
        return false;
      }
    };
    const path = findConfigFile(dir, (p) => byPath.has(p), hasRapportKey);
    if (!path) return { config: {} };
    const file = byPath.get(path)!;
    try {
      return { config: parseConfig(file.text, path) ?? {}, file: file.uri };
    } catch (err) {
      if (err instanceof ConfigError) return { config: {}, file: file.uri, error: err };
      throw err;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
