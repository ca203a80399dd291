// End to end: a realistic harsh support e-mail gets a finding from every tone family at the right place,
// and a kind one gets none. Quoted history and code in the e-mails must never be flagged.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { TONE_RULES } from './index.js';

const HARSH = `Hi Dana,

As I already explained, the VPN client needs version 5.2.1. You didn't install it. This is a user error.
Obviously you need to just click Update in the client. Even a child could do it.

Honestly, the printer on floor 3 is not our problem. Calm down.
You tried to get around the policy by using a personal account, and you were told not to.
You're wrong, the certificate did not expire.
You always forget to lock your screen.
DO NOT touch the settings again!!!
Don't touch anything. Stop calling me.
What a stupid question.

IT Service Desk

> On Monday, Dana wrote:
> You never reply and this is your fault. STOP.
`;

const KIND = `Hi Dana,

Thanks for letting us know, and I'm sorry the VPN keeps dropping. I understand how frustrating that is
when you're trying to finish the report.

It looks like the VPN client on your laptop is still on version 5.1. Version 5.2.1 fixes this problem.
Could you open the client and select Update? It takes about two minutes. If you didn't receive the
update prompt, that's fine: the button is clearly labeled at the top right. Just in case, I've attached
the installer as well.

If the error says "ACCESS DENIED" after the update, run \`vpncli reset --profile corp\` and sign in again.
You always have access to the self-service portal if you need a new certificate.

Let me know if it works, and I'll check back tomorrow morning to make sure everything is fine.

Best,
Sam
IT Service Desk
`;

function toneFindings(text: string) {
  return analyze(text, { kind: 'email' }).findings.filter((f) => f.category === 'tone');
}

describe('tone rules on realistic e-mails', () => {
  const found = toneFindings(HARSH);
  const expected: [string, string][] = [
    ['tone/impatience', 'As I already explained'],
    ['tone/blame', "You didn't install it."],
    ['tone/blame', 'This is a user error'],
    ['tone/condescension', 'Obviously you'],
    ['tone/condescension', 'just click'],
    ['tone/condescension', 'Even a child could do it'],
    ['tone/dismissive', 'is not our problem'],
    ['tone/dismissive', 'Calm down'],
    ['tone/bad-intent', 'You tried to get around the policy'],
    ['tone/bad-intent', 'you were told not to'],
    ['tone/contradiction', "You're wrong, "],
    ['tone/absolutes', 'You always forget'],
    ['tone/shouting', 'DO NOT'],
    ['tone/shouting', '!!!'],
    ['tone/harsh-command', "Don't touch anything"],
    ['tone/harsh-command', 'Stop calling'],
    ['tone/insult', 'stupid question'],
  ];

  it('flags every tone family in the harsh e-mail', () => {
    const families = new Set(found.map((f) => f.ruleId));
    for (const rule of TONE_RULES) expect(families, rule.meta.id).toContain(rule.meta.id);
  });

  for (const [ruleId, actual] of expected) {
    it(`flags ${ruleId} at "${actual}"`, () => {
      const f = found.find((x) => x.ruleId === ruleId && x.actual === actual);
      expect(f, JSON.stringify(found.map((x) => [x.ruleId, x.actual]))).toBeDefined();
      expect(HARSH.slice(f!.start, f!.end)).toBe(actual);
      expect(f!.message.length).toBeGreaterThan(10);
      expect(f!.why.length).toBeGreaterThan(10);
    });
  }

  it('offers rewrites that keep technical tokens', () => {
    const blame = found.find((f) => f.ruleId === 'tone/blame' && f.actual.startsWith("You didn't install"))!;
    expect(blame.suggestions.map((s) => s.replacement)).toContain('Could you install it?');
    const shout = found.find((f) => f.actual === 'DO NOT')!;
    expect(shout.suggestions[0]!.replacement).toBe('Do not');
  });

  it('never flags the quoted history', () => {
    const historyStart = HARSH.indexOf('> On Monday');
    expect(found.filter((f) => f.start >= historyStart)).toEqual([]);
  });

  it('never flags code or quoted error messages', () => {
    const doc = [
      'To stop the sync, run this:',
      '',
      '```powershell',
      '# DO NOT run this twice, you idiot!!!',
      'Stop-Service -Name "OneSyncSvc" # obviously this kills it',
      '```',
      '',
      'If the window says "YOU DO NOT HAVE PERMISSION!!!", sign in with your admin account.',
    ].join('\n');
    expect(analyze(doc, { kind: 'markdown' }).findings.filter((f) => f.category === 'tone')).toEqual([]);
  });

  it('finds nothing to soften in the kind e-mail', () => {
    expect(toneFindings(KIND).map((f) => [f.ruleId, f.actual])).toEqual([]);
  });

  it('scores the kind e-mail warmer than the harsh one', () => {
    const harsh = analyze(HARSH, { kind: 'email' });
    const kind = analyze(KIND, { kind: 'email' });
    expect(kind.scores.tone).toBeGreaterThan(harsh.scores.tone + 30);
    const coldest = Math.min(...harsh.sentences.map((s) => s.tone));
    expect(coldest).toBeLessThan(Math.min(...kind.sentences.map((s) => s.tone)));
  });
});
