// Splits the draft into plain runs and underlined runs for the pane's preview. Underlines never overlap: when two
// findings cover the same words, the earlier (then longer) one is underlined and both stay in the list.
import type { Finding } from '@rapport/core';

export interface Segment {
  start: number;
  end: number;
  /** Index into the findings array, for underlined runs. */
  finding?: number;
}

export function segmentsFor(text: string, findings: readonly Finding[], hidden: (f: Finding) => boolean = () => false): Segment[] {
  const order = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.end > f.start && f.start >= 0 && f.end <= text.length && !hidden(f))
    .sort((a, b) => a.f.start - b.f.start || b.f.end - a.f.end);
  const out: Segment[] = [];
  let at = 0;
  for (const { f, i } of order) {
    if (f.start < at) continue;
    if (f.start > at) out.push({ start: at, end: f.start });
    out.push({ start: f.start, end: f.end, finding: i });
    at = f.end;
  }
  if (at < text.length || !out.length) out.push({ start: at, end: text.length });
  return out;
}
