// Checks a parsed config tree against the schema and says, for each problem, where it is and what was expected.
// Works on jsonc-parser nodes so every problem keeps its offset; hosts with a plain object go through the same path.
import type { Node } from 'jsonc-parser';
import { checklistItems } from '../checklist/index.js';
import { ruleList } from '../registry.js';
import type { RapportConfig } from '../types.js';

export const CONFIG_KEYS = ['rules', 'audience', 'glossary', 'allow', 'checklist', 'ignore'] as const;
export const RULE_LEVELS = ['off', 'info', 'warning', 'error'] as const;
export const AUDIENCES = ['end-user', 'technical'] as const;
export const FAMILIES = ['tone', 'jargon', 'clarity'] as const;
const GLOSSARY_KEYS = ['term', 'gloss', 'plain', 'variants'];

export interface NodeProblem {
  /** Offset and length in the parsed text. */
  offset: number;
  length: number;
  /** Where in the config, e.g. `rules["tone/blame"]`. */
  path: string;
  message: string;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] as number;
}

/** ` (did you mean "x"?)` when one candidate is close, else ''. */
export function didYouMean(actual: string, candidates: readonly string[]): string {
  const lower = actual.toLowerCase();
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(actual.length / 3)) + 1;
  for (const c of candidates) {
    const other = c.toLowerCase();
    // "warn" for "warning": a prefix of three letters or more is as good as a near miss.
    const d = other === lower ? 0 : lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other)) ? 1 : distance(lower, other);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

const describe = (node: Node): string => {
  if (node.type === 'string') return JSON.stringify(node.value);
  if (node.type === 'number' || node.type === 'boolean' || node.type === 'null') return String(node.value);
  return node.type === 'array' ? 'an array' : 'an object';
};
const oneOf = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(' | ');
const key = (path: string, name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? `${path}${path ? '.' : ''}${name}` : `${path}[${JSON.stringify(name)}]`);

function properties(node: Node): { name: string; keyNode: Node; value: Node | undefined }[] {
  return (node.children ?? []).map((p) => ({ name: String(p.children?.[0]?.value ?? ''), keyNode: p.children?.[0] ?? p, value: p.children?.[1] }));
}

export function validateTree(root: Node, basePath = ''): { config: RapportConfig; problems: NodeProblem[] } {
  const problems: NodeProblem[] = [];
  const config: RapportConfig = {};
  const report = (node: Node, path: string, message: string): void => {
    problems.push({ offset: node.offset, length: node.length, path, message });
  };
  const ruleIds = ruleList.map((r) => r.id as string);
  const checklistIds = checklistItems.map((i) => i.id);

  const stringArray = (node: Node, path: string, what: string): string[] | undefined => {
    if (node.type !== 'array') {
      report(node, path, `expected an array of ${what}, got ${describe(node)}`);
      return undefined;
    }
    const out: string[] = [];
    (node.children ?? []).forEach((item, i) => {
      if (item.type === 'string' && String(item.value).trim()) out.push(String(item.value));
      else report(item, `${path}[${i}]`, `expected ${what.replace(/s$/, '')} (a non-empty string), got ${describe(item)}`);
    });
    return out;
  };

  /** An object whose values are checked one by one; duplicates and non-objects are reported here. */
  const entries = (node: Node, path: string, expected: string): { name: string; keyNode: Node; value: Node; path: string }[] => {
    if (node.type !== 'object') {
      report(node, path, `expected ${expected}, got ${describe(node)}`);
      return [];
    }
    const seen = new Set<string>();
    const out: { name: string; keyNode: Node; value: Node; path: string }[] = [];
    for (const p of properties(node)) {
      const at = key(path, p.name);
      if (seen.has(p.name)) report(p.keyNode, at, `duplicate key "${p.name}"; only one can apply`);
      seen.add(p.name);
      if (p.value) out.push({ ...p, value: p.value, path: at });
    }
    return out;
  };

  for (const top of entries(root, basePath, `an object with the keys ${CONFIG_KEYS.join(', ')}`)) {
    const { name, value, path } = top;
    switch (name) {
      case '$schema':
        if (value.type !== 'string') report(value, path, `expected the schema's URL or path (a string), got ${describe(value)}`);
        break;
      case 'rules': {
        const rules: Record<string, (typeof RULE_LEVELS)[number]> = {};
        for (const r of entries(value, path, `an object mapping rule ids or families to ${oneOf(RULE_LEVELS)}`)) {
          const known = ruleIds.includes(r.name) || (FAMILIES as readonly string[]).includes(r.name);
          if (!known) {
            const family = r.name.includes('/') ? '' : `; families are ${FAMILIES.join(', ')}`;
            report(r.keyNode, r.path, `unknown rule "${r.name}"${didYouMean(r.name, [...ruleIds, ...FAMILIES])}${family}`);
          }
          if (r.value.type !== 'string' || !(RULE_LEVELS as readonly string[]).includes(r.value.value)) {
            const hint = r.value.type === 'string' ? didYouMean(String(r.value.value), RULE_LEVELS) : '';
            report(r.value, r.path, `expected a level, ${oneOf(RULE_LEVELS)}, got ${describe(r.value)}${hint}`);
          } else if (known) rules[r.name] = r.value.value;
        }
        config.rules = rules;
        break;
      }
      case 'audience':
        if (value.type === 'string' && (AUDIENCES as readonly string[]).includes(value.value)) config.audience = value.value;
        else report(value, path, `expected ${oneOf(AUDIENCES)}, got ${describe(value)}${value.type === 'string' ? didYouMean(String(value.value), AUDIENCES) : ''}`);
        break;
      case 'glossary': {
        if (value.type !== 'array') {
          report(value, path, `expected an array of { "term", "gloss", "plain"?, "variants"? } entries, got ${describe(value)}`);
          break;
        }
        config.glossary = [];
        (value.children ?? []).forEach((item, i) => {
          const at = `${path}[${i}]`;
          const fields = entries(item, at, 'an entry { "term": "…", "gloss": "…" }');
          if (item.type !== 'object') return;
          const byName = new Map(fields.map((f) => [f.name, f]));
          for (const f of fields) if (!GLOSSARY_KEYS.includes(f.name)) report(f.keyNode, f.path, `unknown key "${f.name}" in a glossary entry; expected ${GLOSSARY_KEYS.join(', ')}${didYouMean(f.name, GLOSSARY_KEYS)}`);
          let ok = true;
          for (const required of ['term', 'gloss']) {
            const f = byName.get(required);
            if (!f) {
              report(item, at, `missing "${required}" (${required === 'term' ? 'the word or acronym' : 'a plain explanation of it'})`);
              ok = false;
            } else if (f.value.type !== 'string' || !String(f.value.value).trim()) {
              report(f.value, f.path, `expected a non-empty string, got ${describe(f.value)}`);
              ok = false;
            }
          }
          const plain = byName.get('plain');
          if (plain && plain.value.type !== 'string') {
            report(plain.value, plain.path, `expected a string (plain words to use instead), got ${describe(plain.value)}`);
            ok = false;
          }
          const variants = byName.get('variants');
          const variantList = variants ? stringArray(variants.value, variants.path, 'other spellings') : undefined;
          if (variants && (!variantList || variantList.length !== (variants.value.children ?? []).length)) ok = false;
          if (!ok) return;
          config.glossary!.push({
            term: String(byName.get('term')!.value.value),
            gloss: String(byName.get('gloss')!.value.value),
            ...(plain ? { plain: String(plain.value.value) } : {}),
            ...(variantList ? { variants: variantList } : {}),
          });
        });
        break;
      }
      case 'allow': {
        const list = stringArray(value, path, 'terms');
        if (list) config.allow = list;
        break;
      }
      case 'checklist': {
        const items: Record<string, boolean> = {};
        for (const c of entries(value, path, 'an object mapping checklist item ids to true or false')) {
          if (!checklistIds.includes(c.name)) report(c.keyNode, c.path, `unknown checklist item "${c.name}"${didYouMean(c.name, checklistIds)}; expected one of ${checklistIds.join(', ')}`);
          if (c.value.type !== 'boolean') report(c.value, c.path, `expected true or false, got ${describe(c.value)}`);
          else if (checklistIds.includes(c.name)) items[c.name] = c.value.value;
        }
        config.checklist = items;
        break;
      }
      case 'ignore': {
        const list = stringArray(value, path, 'globs');
        if (list) config.ignore = list;
        break;
      }
      default:
        report(top.keyNode, path, `unknown key "${name}"${didYouMean(name, CONFIG_KEYS)}; expected one of ${CONFIG_KEYS.join(', ')}`);
    }
  }
  return { config, problems };
}
