// The extension's settings (contributes.configuration), read fresh whenever they change.
import * as vscode from 'vscode';
import type { Audience, RuleLevel } from '@rapport/core';

export interface Settings {
  enable: boolean;
  audience: Audience | 'auto';
  rules: Record<string, RuleLevel>;
  languageIds: string[];
  debounceMs: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('rapport', scope);
  return {
    enable: c.get<boolean>('enable', true),
    audience: c.get<Audience | 'auto'>('audience', 'auto'),
    rules: c.get<Record<string, RuleLevel>>('rules', {}),
    languageIds: c.get<string[]>('languageIds', ['markdown', 'plaintext']),
    debounceMs: Math.max(0, c.get<number>('debounceMs', 300)),
  };
}
