// Support-task verbs and their past participles, so blame rewrites can turn "You didn't restart the laptop"
// into "the laptop hasn't been restarted yet" without pulling a full NLP library into core.
// Only these verbs are treated as "a step the reader was supposed to take"; others ("miss", "need") never fire.

/** Irregular past participles (and regular ones whose spelling rules would guess wrong). */
export const IRREGULAR_PARTICIPLES: Readonly<Record<string, string>> = {
  read: 'read', send: 'sent', set: 'set', run: 'run', put: 'put', shut: 'shut', get: 'gotten', give: 'given',
  take: 'taken', write: 'written', do: 'done', make: 'made', find: 'found', forget: 'forgotten', choose: 'chosen',
  keep: 'kept', leave: 'left', see: 'seen', tell: 'told', pay: 'paid', bring: 'brought', hold: 'held',
  understand: 'understood', rewrite: 'rewritten', reset: 'reset', rerun: 'rerun', resend: 'resent', reread: 'reread',
  upload: 'uploaded', download: 'downloaded', unplug: 'unplugged', plug: 'plugged', log: 'logged', stop: 'stopped',
  submit: 'submitted', drop: 'dropped', tap: 'tapped', zip: 'zipped', scan: 'scanned', pin: 'pinned', tag: 'tagged',
  commit: 'committed', admit: 'admitted', map: 'mapped', swap: 'swapped', ship: 'shipped', chat: 'chatted',
  show: 'shown', undo: 'undone', redo: 'redone', have: 'had', lock: 'locked', back: 'backed', sign: 'signed', turn: 'turned',
};

/** Base forms of steps a reader may be asked to take. */
export const TASK_VERBS: readonly string[] = [
  'accept', 'add', 'apply', 'approve', 'attach', 'back', 'call', 'change', 'charge', 'check', 'choose', 'clear',
  'click', 'close', 'complete', 'configure', 'confirm', 'connect', 'copy', 'delete', 'disable', 'disconnect',
  'download', 'enable', 'enter', 'fill', 'follow', 'forward', 'give', 'include', 'install', 'keep', 'lock', 'log',
  'mention', 'move', 'open', 'pay', 'plug', 'press', 'provide', 'put', 'read', 'reboot', 'register', 'reinstall',
  'remove', 'rename', 'renew', 'reply', 'report', 'request', 'reset', 'respond', 'restart', 'run', 'save', 'scan',
  'select', 'send', 'set', 'share', 'shut', 'sign', 'specify', 'start', 'stop', 'submit', 'sync', 'tell', 'test',
  'try', 'turn', 'type', 'uninstall', 'unplug', 'update', 'upgrade', 'upload', 'use', 'verify', 'wait',
];

/** Past participle of a base verb: the table first, then English spelling rules. */
export function participle(base: string): string {
  const known = IRREGULAR_PARTICIPLES[base];
  if (known) return known;
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

/** Participle → base form, for every task verb. */
export const BASE_OF_PARTICIPLE: ReadonlyMap<string, string> = new Map(TASK_VERBS.map((v) => [participle(v), v]));

/** Simple past where it differs from the participle rules ("forget" → "forgot", not "forgotten"). */
export const IRREGULAR_PAST: Readonly<Record<string, string>> = {
  forget: 'forgot', get: 'got', give: 'gave', take: 'took', write: 'wrote', do: 'did', break: 'broke', show: 'showed',
  come: 'came', ring: 'rang', lose: 'lost', think: 'thought', see: 'saw', leave: 'left', make: 'made', keep: 'kept',
  tell: 'told', send: 'sent', read: 'read', pay: 'paid', bring: 'brought', put: 'put', choose: 'chose', run: 'ran',
  mess: 'messed', seem: 'seemed', care: 'cared', want: 'wanted', have: 'had',
};

/** Simple past of a base verb; a word that is already past ("forgot", "ignored") comes back unchanged. */
export function pastTense(verb: string): string {
  const v = verb.toLowerCase();
  if (IRREGULAR_PAST[v]) return IRREGULAR_PAST[v]!;
  if (Object.values(IRREGULAR_PAST).includes(v) || (v.endsWith('ed') && v.length > 4)) return v;
  return participle(v);
}

/** Participle of a base verb or of a past form ("forgot" → "forgotten", "ignored" → "ignored"). */
export function participleOf(verb: string): string {
  const v = verb.toLowerCase();
  const base = Object.entries(IRREGULAR_PAST).find(([, past]) => past === v)?.[0];
  if (base) return participle(base);
  if (v.endsWith('ed') && v.length > 4) return v;
  return participle(v);
}

/** "forgetting" → "forgot": the -ing forms the absolutes rule knows about. */
export const PAST_OF_ING: Readonly<Record<string, string>> = {
  forgetting: 'forgot', ignoring: 'ignored', calling: 'called', asking: 'asked', doing: 'did', clicking: 'clicked',
  sending: 'sent', deleting: 'deleted', breaking: 'broke', making: 'made', losing: 'lost', leaving: 'left',
  skipping: 'skipped', changing: 'changed', unplugging: 'unplugged', emailing: 'emailed', complaining: 'complained',
  messing: 'messed', getting: 'got',
};
