// The CLI's per-file result: the core report plus what a terminal or CI needs (path, line/column).
import type { Finding, Report } from '@rapport/core';
import { lineLocator } from '@rapport/core/config';

export interface LocatedFinding extends Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FileResult {
  /** As given or found, relative to the working directory where possible; "<stdin>" for standard input. */
  path: string;
  text: string;
  report: Report;
  findings: LocatedFinding[];
  suppressed: LocatedFinding[];
}

export function locate(path: string, text: string, report: Report): FileResult {
  const position = lineLocator(text);
  const place = (f: Finding): LocatedFinding => {
    const s = position(f.start);
    const e = position(f.end);
    return { ...f, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
  };
  return { path, text, report, findings: report.findings.map(place), suppressed: report.suppressed.map(place) };
}
