// For tests: random strings a regex source (the phrase tables' subset) might match, to put the phrase prefilter
// and the phrase matcher through texts that hold many near and real matches. Lookarounds are left out, so a sample
// does not always match; tests check what happens either way.

/** A small deterministic random number generator (mulberry32), so failures can be replayed. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASS_SAMPLES: Record<string, string> = { w: 'xq_7', d: '0123456789', s: ' \n', W: ' ,.', S: 'x,', D: 'x ', p: 'xé', P: ' ' };

/** One random string for `source`; letters sometimes change case, as the matcher ignores case. */
export function sampleOf(source: string, random: () => number): string {
  let i = 0;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const cased = (c: string): string => (random() < 0.15 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c);

  function alternation(): string {
    const branches: (() => string)[] = [];
    const start = i;
    // Parse every branch once to find the ends, then generate the picked one again from its start.
    const starts = [start];
    skipSequence();
    while (source[i] === '|') {
      i++;
      starts.push(i);
      skipSequence();
    }
    const end = i;
    for (const s of starts) branches.push(() => ((i = s), sequence()));
    const out = pick(branches)();
    i = end;
    return out;
  }

  function skipSequence(): void {
    let depth = 0;
    let inClass = false;
    for (; i < source.length; i++) {
      const c = source[i];
      if (c === '\\') i++;
      else if (inClass) inClass = c !== ']';
      else if (c === '[') inClass = true;
      else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) return;
        depth--;
      } else if (c === '|' && depth === 0) return;
    }
  }

  function sequence(): string {
    let out = '';
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const start = i;
      let atom = atomAt();
      const atomEnd = i;
      const q = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})\??/.exec(source.slice(i));
      if (q) {
        i += q[0].length;
        const [min, max] = q[0][0] === '?' ? [0, 1] : q[0][0] === '*' ? [0, 2] : q[0][0] === '+' ? [1, 2] : [Number(q[1]), q[2] === undefined ? Number(q[1]) : q[2] === '' ? Number(q[1]) + 2 : Math.min(Number(q[2]), Number(q[1]) + 2)];
        const times = min + Math.floor(random() * (max - min + 1));
        atom = '';
        for (let k = 0; k < times; k++) {
          i = start;
          atom += atomAt();
        }
        i = atomEnd + q[0].length;
      }
      out += atom;
    }
    return out;
  }

  function atomAt(): string {
    const c = source[i++]!;
    if (c === '(') {
      const look = /^\?(?:<?[=!])/.exec(source.slice(i));
      if (look) {
        i += look[0].length;
        let depth = 1;
        let inClass = false;
        for (; i < source.length && depth > 0; i++) {
          const x = source[i];
          if (x === '\\') i++;
          else if (inClass) inClass = x !== ']';
          else if (x === '[') inClass = true;
          else if (x === '(') depth++;
          else if (x === ')') depth--;
        }
        return '';
      }
      if (source.startsWith('?:', i)) i += 2;
      const out = alternation();
      i++; // ")"
      return out;
    }
    if (c === '[') {
      const negated = source[i] === '^';
      if (negated) i++;
      const chars: string[] = [];
      while (source[i] !== ']') {
        let x = source[i++]!;
        if (x === '\\') {
          const e = source[i++]!;
          x = CLASS_SAMPLES[e] ? pick([...CLASS_SAMPLES[e]!]) : e;
        }
        if (source[i] === '-' && source[i + 1] !== ']') {
          const to = source[i + 1] === '\\' ? source[i + 2]! : source[i + 1]!;
          i += source[i + 1] === '\\' ? 3 : 2;
          for (let cp = x.codePointAt(0)!; cp <= to.codePointAt(0)! && chars.length < 200; cp++) chars.push(String.fromCodePoint(cp));
        } else chars.push(x);
      }
      i++;
      return negated ? pick(['x', ' ', '7']) : cased(pick(chars));
    }
    if (c === '.') return pick(['x', ' ', '-']);
    if (c === '^' || c === '$') return '';
    if (c === '\\') {
      const e = source[i++]!;
      if (e === 'b' || e === 'B') return '';
      if (e === 'p' || e === 'P') i = source.indexOf('}', i) + 1;
      if (CLASS_SAMPLES[e]) return pick([...CLASS_SAMPLES[e]!]);
      if (e === 'u' && source[i] === '{') {
        const end = source.indexOf('}', i);
        const cp = parseInt(source.slice(i + 1, end), 16);
        i = end + 1;
        return String.fromCodePoint(cp);
      }
      if (e === 'u') return String.fromCharCode(parseInt(source.slice(i, (i += 4)), 16));
      if (e === 'x') return String.fromCharCode(parseInt(source.slice(i, (i += 2)), 16));
      return ({ n: '\n', t: '\t', r: '\r' } as Record<string, string>)[e] ?? e;
    }
    return cased(c);
  }

  return alternation();
}
