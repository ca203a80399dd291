// analyze(): text in, report out. Rules run per paragraph on the masked text; each paragraph's results are
// cached by its text and the options, so re-analysing after an edit only re-runs the paragraphs that changed.
import { buildChecklist } from './checklist/index.js';
import { validateOptions } from './options.js';
import { type MetricCounts, paragraphCounts, toMetrics } from './metrics.js';
import { RULES, docsUrlFor } from './registry.js';
import { expectSubject } from './rules/shared/native-regex.js';
import { documentScores } from './score/document-score.js';
import { tonesWithFindings } from './score/sentence-tone.js';
import { familyRuleId, modelFindings, modelKnowsFamily, phraseUsedKindly, speaksToReader } from './tone-model/findings.js';
import { readTone } from './tone-model/model.js';
import { BoundedCache } from './text/cache.js';
import { directiveCovers } from './text/directives.js';
import { detectKind } from './text/kind.js';
import { buildModel } from './text/model.js';
import { sentencesOf } from './text/segment.js';
import type {
  AnalyzeOptions,
  Audience,
  DocumentKind,
  Finding,
  RawFinding,
  Report,
  Rule,
  RuleError,
  RuleLevel,
  RuleOptions,
  Severity,
  Span,
  Suggestion,
} from './types.js';

interface ParagraphResult {
  sentences: Span[];
  tones: number[];
  counts: MetricCounts;
  /** Per rule, findings relative to the paragraph. */
  found: RawFinding[][];
  errors: RuleError[];
  /**
   * The findings and sentences moved to where the paragraph last stood in the document. Every paragraph before an
   * edit stays put, so a keystroke re-uses these instead of copying every finding of the document again.
   * Read-only once made: finalize copies what it changes, and the report gets fresh objects.
   */
  placed?: { at: number; found: RawFinding[][]; sentences: Span[] };
}

// One cache per options id, keyed by the masked paragraph alone: a key built by concatenation is a new string
// on every keystroke, hashed again in full, while the model hands back the same paragraph strings.
const paragraphCaches = new Map<number, BoundedCache<string, ParagraphResult>>();
function paragraphCacheFor(id: number): BoundedCache<string, ParagraphResult> {
  let cache = paragraphCaches.get(id);
  if (!cache) {
    // Caches of options not seen for a while go with them (optionIds forgets past 64 sets of options).
    if (paragraphCaches.size >= 8) paragraphCaches.delete(paragraphCaches.keys().next().value as number);
    cache = new BoundedCache<string, ParagraphResult>(50_000);
    paragraphCaches.set(id, cache);
  }
  return cache;
}
// Paragraph keys carry a short id for the options instead of their JSON (often a kilobyte): hashing that JSON
// again for every paragraph of every keystroke cost more than the rest of a re-check. Ids are never reused.
const optionIds = new Map<string, number>();
let nextOptionId = 0;
function optionsId(optionsKey: string): number {
  let id = optionIds.get(optionsKey);
  if (id === undefined) {
    if (optionIds.size >= 64) optionIds.clear();
    id = nextOptionId++;
    optionIds.set(optionsKey, id);
  }
  return id;
}

function levelFor(ruleId: string, levels: Readonly<Record<string, RuleLevel>>): RuleLevel | undefined {
  return levels[ruleId] ?? levels[ruleId.slice(0, ruleId.indexOf('/'))];
}

// A message template cut once into its literal parts and placeholder names: [text, key, text, key, …, text].
const templateParts = new Map<string, string[]>();
function interpolate(template: string, data: RawFinding['data']): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{\{\s*(\w+)\s*\}\}/);
    if (templateParts.size >= 1000) templateParts.clear();
    templateParts.set(template, parts);
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) out += String(data?.[parts[i] as string] ?? '') + (parts[i + 1] as string);
  return out;
}

/** Moves an offset off the low half of a surrogate pair, so spans never split a character. */
function onCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xdc00 && c <= 0xdfff && at > 0 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800 ? at - 1 : at;
}

const isOffset = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n);

/** A rule's output as the engine relies on it; anything else is that rule's fault and is isolated like a throw. */
function checkedOutput(found: unknown): RawFinding[] {
  if (!Array.isArray(found)) throw new TypeError(`returned ${typeof found} instead of an array of findings`);
  for (const f of found as Partial<RawFinding>[]) {
    const ok =
      f !== null &&
      typeof f === 'object' &&
      isOffset(f.start) &&
      isOffset(f.end) &&
      typeof f.messageId === 'string' &&
      (f.suggestions === undefined || (Array.isArray(f.suggestions) && f.suggestions.every((s) => typeof s?.replacement === 'string' && typeof s.label === 'string'))) &&
      (f.related === undefined || (Array.isArray(f.related) && f.related.every((r) => isOffset(r?.start) && isOffset(r?.end))));
    if (!ok) throw new TypeError(`returned a malformed finding: ${String(JSON.stringify(f)).slice(0, 200)}`);
  }
  return found as RawFinding[];
}

function analyzeParagraph(masked: string, offset: number, kind: DocumentKind, rules: readonly Rule[], ruleOptions: RuleOptions): ParagraphResult {
  const sentences = sentencesOf(masked, kind);
  const found: RawFinding[][] = [];
  const errors: RuleError[] = [];
  for (const rule of rules) {
    try {
      found.push(checkedOutput(rule.check({ text: masked, offset, sentences, kind }, ruleOptions)));
    } catch (err) {
      found.push([]);
      errors.push({ ruleId: rule.meta.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  const readings = sentences.map((s) => readTone(masked.slice(s.start, s.end)));
  rules.forEach((rule, i) => {
    if (found[i]!.length && modelKnowsFamily(rule.meta.id)) found[i] = found[i]!.filter((f) => !phraseUsedKindly(f, rule.meta.defaultSeverity, sentences, readings));
  });
  const toneSpans = rules.flatMap((rule, i) => (rule.meta.category === 'tone' ? found[i]! : []));
  for (const { family, finding } of modelFindings(masked, sentences, readings, toneSpans)) {
    const i = rules.findIndex((r) => r.meta.id === familyRuleId(family));
    if (i >= 0) found[i]!.push(finding);
  }
  return {
    sentences,
    tones: readings.map((r) => r.warmth),
    counts: paragraphCounts(masked, sentences),
    found,
    errors,
  };
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A fix never writes a lone surrogate into the text (a user's glossary entry may hold one): it becomes U+FFFD. */
function wellFormedSuggestion(s: Suggestion): Suggestion {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(s.replacement) ? { ...s, replacement: s.replacement.replace(LONE_SURROGATE, '\ufffd') } : s;
}

function toFinding(rule: Rule, raw: RawFinding, text: string, level: RuleLevel | undefined): Finding {
  const { meta } = rule;
  const start = onCodePoint(text, Math.max(0, Math.min(raw.start, text.length)));
  const end = onCodePoint(text, Math.max(start, Math.min(raw.end, text.length)));
  const actual = text.slice(start, end);
  const configured: Severity = level && level !== 'off' ? level : (raw.severity ?? meta.defaultSeverity);
  // The model found no listed phrase: at most a warning, whatever the rule's level.
  const severity: Severity = raw.source === 'model' && configured === 'error' ? 'warning' : configured;
  const template = meta.messages[raw.messageId] ?? raw.messageId;
  const finding: Finding = {
    ruleId: meta.id,
    messageId: raw.messageId,
    category: meta.category,
    severity,
    start,
    end,
    message: interpolate(template, { actual, ...raw.data }),
    why: raw.why ?? meta.why,
    suggestions: (raw.suggestions ?? []).filter((s) => s.replacement !== actual).map(wellFormedSuggestion),
    docsUrl: docsUrlFor(meta.id),
    actual,
    source: raw.source ?? 'rule',
  };
  if (raw.gloss) finding.gloss = raw.gloss;
  if (raw.related?.length) finding.related = raw.related;
  return finding;
}

/** Drops findings of one rule that overlap an earlier one of the same rule. */
function withoutOverlaps(found: RawFinding[]): RawFinding[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawFinding[] = [];
  let lastEnd = -1;
  for (const f of sorted) {
    if (f.start < lastEnd) continue;
    out.push(f);
    lastEnd = Math.max(f.end, f.start + 1);
  }
  return out;
}

function resolveAudience(options: AnalyzeOptions): Audience {
  return options.audience ?? options.config?.audience ?? 'end-user';
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  validateOptions(options);
  if (typeof text !== 'string') throw new TypeError('analyze(text): text must be a string');
  const config = options.config ?? {};
  const kind: DocumentKind = !options.kind || options.kind === 'auto' ? detectKind(text) : options.kind;
  const audience = resolveAudience(options);
  const levels = config.rules ?? {};
  const rules = RULES.filter((r) => levelFor(r.meta.id, levels) !== 'off');
  const ruleOptions: RuleOptions = {
    audience,
    kind,
    allow: new Set((config.allow ?? []).map((t) => t.toLowerCase())),
    glossary: config.glossary ?? [],
  };
  const optionsKey = optionsId(JSON.stringify([kind, audience, rules.map((r) => r.meta.id), [...ruleOptions.allow].sort(), ruleOptions.glossary]));

  const model = buildModel(text, kind);
  expectSubject(text);
  const perRule: RawFinding[][] = rules.map(() => []);
  const errors: RuleError[] = [];
  const sentenceSpans: Span[] = [];
  const sentenceTones: number[] = [];
  const totals: MetricCounts = { words: 0, sentences: 0, syllables: 0 };
  let analysed = 0;
  const paragraphCache = paragraphCacheFor(optionsKey);
  model.paragraphs.forEach((p, index) => {
    const masked = model.paragraphTexts?.[index] ?? model.masked.slice(p.start, p.end);
    let result = paragraphCache.get(masked);
    if (!result) {
      analysed++;
      result = analyzeParagraph(masked, p.start, kind, rules, ruleOptions);
      if (!result.errors.length) paragraphCache.set(masked, result);
    }
    // One error per failing rule is enough for the reader; the same fault usually repeats in every paragraph.
    for (const e of result.errors) if (!errors.some((x) => x.ruleId === e.ruleId)) errors.push(e);
    let placed = result.placed;
    if (placed?.at !== p.start) {
      const at = p.start;
      placed = result.placed = {
        at,
        found: result.found.map((list) => list.map((f) => ({ ...f, start: f.start + at, end: f.end + at }))),
        sentences: result.sentences.map((s) => ({ start: s.start + at, end: s.end + at })),
      };
    }
    placed.found.forEach((list, i) => {
      for (const f of list) perRule[i]!.push(f);
    });
    for (const s of placed.sentences) sentenceSpans.push(s);
    // One push per tone: spreading a paragraph of 200,000 sentences would overflow the call stack.
    for (const tone of result.tones) sentenceTones.push(tone);
    totals.words += result.counts.words;
    totals.sentences += result.counts.sentences;
    totals.syllables += result.counts.syllables;
  });

  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  rules.forEach((rule, i) => {
    let raw = perRule[i]!;
    if (rule.finalize) {
      try {
        raw = checkedOutput(rule.finalize(raw, { text, kind, directives: model.directives }, ruleOptions));
      } catch (err) {
        errors.push({ ruleId: rule.meta.id, message: err instanceof Error ? err.message : String(err) });
        return;
      }
    }
    if (!rule.meta.fixable && raw.some((f) => f.suggestions?.length)) {
      errors.push({ ruleId: rule.meta.id, message: 'returned suggestions without meta.fixable' });
      raw = raw.map((f) => ({ ...f, suggestions: [] }));
    }
    const level = levelFor(rule.meta.id, levels);
    for (const f of withoutOverlaps(raw)) {
      if (f.source === 'model' && !speaksToReader(text, kind, f.start)) continue;
      const finding = toFinding(rule, f, text, level);
      const directive = model.directives.find((d) => directiveCovers(d, finding.ruleId, finding.start));
      if (directive) suppressed.push({ ...finding, suppressed: { reason: directive.reason, by: directive.span } });
      else findings.push(finding);
    }
  });
  const byPosition = (a: Finding, b: Finding): number => a.start - b.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
  findings.sort(byPosition);
  suppressed.sort(byPosition);

  const metrics = toMetrics(totals, model.paragraphs.length);
  const tones = tonesWithFindings(sentenceSpans, sentenceTones, findings);
  const { score, scores } = documentScores(findings, tones, metrics);
  const checklist = buildChecklist({
    text,
    masked: model.masked,
    kind,
    paragraphs: model.paragraphs,
    sentences: sentenceSpans,
    findings,
    replyEnd: model.replyEnd,
    enabled: config.checklist ?? {},
  });
  return {
    kind,
    audience,
    findings,
    suppressed,
    checklist,
    metrics,
    score,
    scores,
    // Spelled out: an object spread per sentence cost a fifth of a keystroke's re-check.
    sentences: sentenceSpans.map((s, i) => ({ start: s.start, end: s.end, tone: tones[i] ?? 0 })),
    errors,
    cache: { paragraphs: model.paragraphs.length, analysed },
  };
}
