// The shapes every host reads. Offsets are UTF-16 code units into the exact string given to analyze(),
// half-open [start, end), as String#slice, VS Code's positionAt and Office.js count them.

export type Category = 'tone' | 'jargon' | 'clarity';
export type Severity = 'error' | 'warning' | 'info';
export type DocumentKind = 'email' | 'markdown' | 'plain';
export type Audience = 'end-user' | 'technical';
export type Family = 'tone' | 'jargon' | 'clarity';
export type RuleId = `${Family}/${string}`;
/** A rule's level in a config: a severity, or "off". */
export type RuleLevel = Severity | 'off';

export interface Span {
  start: number;
  end: number;
}

/** Replaces exactly the finding's start..end with `replacement` ("" removes it). */
export interface Suggestion {
  label: string;
  replacement: string;
}

export interface Finding {
  ruleId: RuleId;
  messageId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  /** What was found, in one sentence. */
  message: string;
  /** The principle behind it, in one kind sentence. */
  why: string;
  suggestions: Suggestion[];
  /** Repo-relative path of the rule's page, `docs/rules/<id>.md`; hosts resolve it. */
  docsUrl: string;
  /** The flagged text, as it stands in the document. */
  actual: string;
  /** Plain-language gloss of a technical term (jargon findings). */
  gloss?: string;
  /** Other places the same thing occurs (e.g. later uses of an unexplained term). */
  related?: Span[];
  /** Present on findings moved to `Report.suppressed` by a reviewed ignore. */
  suppressed?: { reason: string; by: Span };
  /**
   * What found it: "rule" (a phrase table or a rule's code: exact span, rewrites) or "model" (the sentence tone
   * model: no listed phrase, so a warning at most, guidance rather than a fix, and never a reason to hold a send).
   */
  source: FindingSource;
}

export type FindingSource = 'rule' | 'model';

/** A user-configurable glossary entry (from .rapportrc.json or a host's settings). */
export interface GlossaryAddition {
  term: string;
  gloss: string;
  plain?: string;
  variants?: string[];
}

export interface RapportConfig {
  /** Level per rule id ("tone/blame") or family ("tone"). A rule id wins over its family. */
  rules?: Record<string, RuleLevel>;
  audience?: Audience;
  glossary?: GlossaryAddition[];
  /** Terms never flagged (case-insensitive). */
  allow?: string[];
  /** Checklist items on (true) or off (false) by id. */
  checklist?: Record<string, boolean>;
  /** Globs the CLI and VS Code skip; core ignores this key. */
  ignore?: string[];
}

export interface AnalyzeOptions {
  kind?: DocumentKind | 'auto';
  audience?: Audience;
  config?: RapportConfig;
}

export interface ChecklistItem {
  id: string;
  label: string;
  /** true passed, false failed, null not applicable to this document. */
  passed: boolean | null;
  /** Where the text satisfies the item. */
  evidence?: Span;
  /** Where the text falls short (a failed item only), e.g. the step that holds several actions. */
  problem?: Span;
  /**
   * A sentence the writer can insert, and where (an offset into the text). `text` carries the spaces or line
   * breaks it needs, so inserting it verbatim at `insertAt` gives well-formed text.
   */
  suggestion?: { text: string; insertAt: number };
  /** Why this item matters, one sentence. */
  why: string;
}

export interface Metrics {
  words: number;
  sentences: number;
  paragraphs: number;
  syllables: number;
  /** Flesch–Kincaid grade level; 0 when there is no prose. */
  gradeLevel: number;
  /** Flesch reading ease (higher is easier). */
  readingEase: number;
  averageSentenceLength: number;
}

export interface SentenceScore extends Span {
  /** 0 hostile … 100 warm. */
  tone: number;
}

export interface Scores {
  tone: number;
  jargon: number;
  clarity: number;
}

export interface RuleError {
  ruleId: string;
  message: string;
}

export interface Report {
  kind: DocumentKind;
  audience: Audience;
  findings: Finding[];
  /** Findings hidden by a reviewed ignore, with its reason: listed, never silently dropped. */
  suppressed: Finding[];
  checklist: ChecklistItem[];
  metrics: Metrics;
  /** 0–100, 100 = warm and plain. */
  score: number;
  scores: Scores;
  sentences: SentenceScore[];
  /** Rules that threw; their findings are missing from this report. */
  errors: RuleError[];
  /** How much of the document was analysed afresh (the rest came from the paragraph cache). */
  cache: { paragraphs: number; analysed: number };
}

export interface RuleMeta {
  id: RuleId;
  category: Category;
  /** What the rule catches, for settings and docs. */
  description: string;
  /** The principle, in one kind sentence; a finding may override it. */
  why: string;
  /** Message templates by messageId; `{{name}}` takes `RawFinding.data.name`. */
  messages: Record<string, string>;
  fixable: boolean;
  defaultSeverity: Severity;
}

export interface RuleInfo extends RuleMeta {
  docsUrl: string;
}

/** What a rule returns; offsets are relative to the paragraph it was given. */
export interface RawFinding {
  start: number;
  end: number;
  messageId: string;
  data?: Record<string, string | number | boolean>;
  suggestions?: Suggestion[];
  /** Overrides the rule's default severity for this finding (context made it milder or worse). */
  severity?: Severity;
  why?: string;
  gloss?: string;
  related?: Span[];
  /** Set by the engine for findings of the sentence tone model; rules leave it out. */
  source?: FindingSource;
}

export interface ParagraphContext {
  /** The paragraph's text with code, URLs, quoted history and markup blanked to spaces (same length). */
  text: string;
  /** Where the paragraph starts in the document. */
  offset: number;
  /** Sentence spans relative to the paragraph. */
  sentences: Span[];
  kind: DocumentKind;
}

export interface RuleOptions {
  audience: Audience;
  kind: DocumentKind;
  /** Lower-cased terms never flagged. */
  allow: ReadonlySet<string>;
  glossary: readonly GlossaryAddition[];
}

export interface DocumentContext {
  /** The original text. */
  text: string;
  kind: DocumentKind;
  /** Reviewed-ignore comments in the document (Markdown only): which rules, why, and the comment's span. */
  directives?: readonly { rules: readonly string[]; reason: string; span: Span }[];
}

export interface Rule {
  meta: RuleMeta;
  /** Pure, sync, no I/O: run per paragraph and cached by the paragraph's text and the options. */
  check(paragraph: ParagraphContext, options: RuleOptions): RawFinding[];
  /**
   * Optional document-level pass over this rule's findings (absolute offsets, in order),
   * e.g. to keep only the first unexplained use of a term. Must be cheap: it runs on every analysis.
   */
  finalize?(findings: RawFinding[], doc: DocumentContext, options: RuleOptions): RawFinding[];
}
