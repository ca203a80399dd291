import { describe, expect, it } from 'vitest';
import { insertInHtml, occurrenceOf, replaceSpanInHtml, sameText } from './body-offsets.js';
import { collapseSpaces, flattenHtml } from './html-text.js';

const span = (text: string, phrase: string, nth = 0): [number, number] => {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" not in text`);
  return [at, at + phrase.length];
};

describe('flattenHtml', () => {
  it('reads visible text, decodes entities and separates blocks', () => {
    const flat = flattenHtml('<html><head><style>p{color:red}</style></head><body><p>Tom &amp; Jerry</p><p>caf&eacute;&nbsp;&#8212;<br>ok</p></body></html>');
    expect(flat.text.trim()).toBe('Tom & Jerry café — ok');
  });
  it('skips script, comments and attribute text, and keeps > inside quoted attributes', () => {
    const flat = flattenHtml('<div title="a > b">Hi<!-- secret --><script>var x = "<p>no</p>";</script> there</div>');
    expect(flat.text.trim()).toBe('Hi there');
  });
  it('maps each character back to its HTML range', () => {
    const html = '<p>a <b>bc</b></p>';
    const flat = flattenHtml(html);
    const at = flat.text.indexOf('bc');
    expect(html.slice(flat.chars[at]!.from, flat.chars[at + 1]!.to)).toBe('bc');
  });
  it('keeps UTF-16 lengths for characters outside the BMP', () => {
    const flat = flattenHtml('<p>ok 👍 DNS</p>');
    expect(flat.text.trim()).toBe('ok 👍 DNS');
    expect(flat.chars.length).toBe(flat.text.length);
  });
});

describe('occurrenceOf', () => {
  it('counts earlier occurrences with whitespace collapsed', () => {
    const text = 'DNS here.\r\n\r\nAnd DNS  there.';
    const [s, e] = span(text, 'DNS', 1);
    expect(occurrenceOf(text, s, e)).toEqual({ needle: 'DNS', index: 1 });
    expect(collapseSpaces('a \r\n\t b')).toBe('a b');
  });
  it('ignores whitespace at the span edges and refuses empty spans', () => {
    expect(occurrenceOf('a  b', 1, 3)).toBeNull();
    expect(occurrenceOf(' x y ', 0, 5)).toEqual({ needle: 'x y', index: 0 });
  });
});

describe('replaceSpanInHtml', () => {
  const html = '<div dir="ltr"><p>Hi Sam,</p><p><b>As I already</b> explained, check the <a href="https://x.example/dns">DNS</a> settings.</p><p>DNS again</p></div>';
  const text = 'Hi Sam,\n\nAs I already explained, check the DNS settings.\n\nDNS again';

  it('replaces a phrase split across tags and keeps every tag', () => {
    const [s, e] = span(text, 'As I already explained');
    const out = replaceSpanInHtml(html, text, s, e, 'To recap');
    expect(out).toBe('<div dir="ltr"><p>Hi Sam,</p><p><b>To recap</b>, check the <a href="https://x.example/dns">DNS</a> settings.</p><p>DNS again</p></div>');
  });
  it('replaces the right occurrence of a repeated term', () => {
    const [s, e] = span(text, 'DNS', 1);
    const out = replaceSpanInHtml(html, text, s, e, 'DNS (the internet’s phonebook)')!;
    expect(out.endsWith('<p>DNS (the internet’s phonebook) again</p></div>')).toBe(true);
    expect(out).toContain('<a href="https://x.example/dns">DNS</a>');
  });
  it('escapes the replacement so it can never become markup', () => {
    const [s, e] = span(text, 'Hi');
    expect(replaceSpanInHtml(html, text, s, e, '<img src=x onerror=alert(1)> & co')).toContain('<p>&lt;img src=x onerror=alert(1)&gt; &amp; co Sam,</p>');
  });
  it('matches across line breaks that the HTML writes as spaces or <br>', () => {
    const h = '<p>As I\n  already<br>explained</p>';
    const t = 'As I already\nexplained';
    // Tags are never removed, even a <br> inside the phrase: the edit only touches text.
    expect(replaceSpanInHtml(h, t, 0, t.length, 'To recap')).toBe('<p>To recap<br></p>');
  });
  it('decodes entities in the draft and keeps them elsewhere', () => {
    const h = '<p>Tom&nbsp;&amp; Jerry: as I already explained</p>';
    const t = 'Tom\u00a0& Jerry: as I already explained';
    const [s, e] = span(t, 'as I already explained');
    expect(replaceSpanInHtml(h, t, s, e, 'to recap')).toBe('<p>Tom&nbsp;&amp; Jerry: to recap</p>');
  });
  it('knows the typographic and Latin-1 entities e-mail editors write', () => {
    const h = '<p>Caf&eacute; &ndash; it&rsquo;s as I already explained&hellip; &Eacute;MILE &unknown; &amp;c</p>';
    const t = 'Café – it’s as I already explained… ÉMILE &unknown; &c';
    expect(flattenHtml(h).text.trim()).toBe(t);
    const [s, e] = span(t, 'it’s as I already explained');
    expect(replaceSpanInHtml(h, t, s, e, 'to recap')).toBe('<p>Caf&eacute; &ndash; to recap&hellip; &Eacute;MILE &unknown; &amp;c</p>');
  });
  it('returns null when the text is not in the HTML', () => {
    expect(replaceSpanInHtml('<p>other</p>', 'words', 0, 5, 'x')).toBeNull();
  });
});

describe('insertInHtml', () => {
  const html = '<p>Hi Sam,</p><p>Your <i>laptop</i> is ready.</p><p>Alex</p>';
  const text = 'Hi Sam,\n\nYour laptop is ready.\n\nAlex';
  it('joins the paragraph that follows when inserting at a line start', () => {
    const at = text.indexOf('Your');
    expect(insertInHtml(html, text, at, 'Thanks for waiting. ')).toBe('<p>Hi Sam,</p><p>Thanks for waiting. Your <i>laptop</i> is ready.</p><p>Alex</p>');
  });
  it('inserts after the words before the point inside a line', () => {
    const at = text.indexOf(' is ready') ;
    expect(insertInHtml(html, text, at, ', all patched,')).toBe('<p>Hi Sam,</p><p>Your <i>laptop, all patched,</i> is ready.</p><p>Alex</p>');
  });
  it('appends at the end of the draft', () => {
    expect(insertInHtml(html, text, text.length, ' Thanks!')).toBe('<p>Hi Sam,</p><p>Your <i>laptop</i> is ready.</p><p>Alex Thanks!</p>');
  });
});

describe('sameText', () => {
  it('compares a selection with a phrase ignoring line-break differences', () => {
    expect(sameText('As I\r\nalready explained ', 'As I already explained')).toBe(true);
    expect(sameText('As I', 'As I already explained')).toBe(false);
    expect(sameText('', '')).toBe(false);
  });
});
