// SARIF 2.1.0 for GitHub code scanning and other CI viewers. Paths are relative URIs under %SRCROOT%.
import { ruleList, type Severity } from '@rapport/core';
import type { FileResult, LocatedFinding } from '../result.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function uriOf(path: string): string {
  return path.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}

export function formatSarif(results: readonly FileResult[], version: string): string {
  const rules = ruleList.map((r) => ({
    id: r.id,
    name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} ${r.why}` },
    help: { text: r.why, markdown: `${r.why}\n\nSee \`${r.docsUrl}\`.` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
    properties: { tags: ['rapport', r.category] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const result = (file: FileResult, f: LocatedFinding, suppressed: boolean) => ({
    ruleId: f.ruleId,
    ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
    level: LEVEL[f.severity],
    message: { text: `${f.message} ${f.why}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOf(file.path), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.line,
            startColumn: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            charOffset: f.start,
            charLength: f.end - f.start,
            snippet: { text: f.actual },
          },
        },
      },
    ],
    ...(f.suggestions.length
      ? {
          fixes: f.suggestions.map((s) => ({
            description: { text: s.label },
            artifactChanges: [
              {
                artifactLocation: { uri: uriOf(file.path), uriBaseId: '%SRCROOT%' },
                replacements: [{ deletedRegion: { charOffset: f.start, charLength: f.end - f.start }, insertedContent: { text: s.replacement } }],
              },
            ],
          })),
        }
      : {}),
    ...(suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed?.reason ?? '' }] } : {}),
    // Which part of Rapport found it: a rule's phrases and code, or the sentence tone model.
    properties: { source: f.source },
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Rapport', semanticVersion: version, version, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The folder rapport check ran in.' } } },
        results: results.flatMap((file) => [
          ...file.findings.map((f) => result(file, f, false)),
          ...file.suppressed.map((f) => result(file, f, true)),
        ]),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
