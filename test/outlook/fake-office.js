// A scripted stand-in for office.js, served in place of Microsoft's CDN file in the end-to-end tests. It models one
// compose item (HTML or plain-text body, a selection, session data) plus roaming settings, answers callbacks
// asynchronously like office.js, and records every call in window.__officeCalls.
(() => {
  const cfg = window.__FAKE || {};
  const calls = (window.__officeCalls = []);
  const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|TABLE|TR|BLOCKQUOTE|PRE|BODY|HTML)$/;

  function htmlToText(html) {
    const doc = new DOMParser().parseFromString(html, 'text/html'); // inert: no scripts run, no images load
    let out = '';
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) out += child.data.replace(/\s+/g, ' ');
        else if (child.nodeType === 1) {
          if (/^(SCRIPT|STYLE|HEAD)$/.test(child.tagName)) continue;
          if (child.tagName === 'BR') { out += '\n'; continue; }
          const block = BLOCK.test(child.tagName);
          if (block && out && !out.endsWith('\n')) out += '\n';
          walk(child);
          if (block && !out.endsWith('\n')) out += '\n';
        }
      }
    };
    walk(doc.body);
    return out.replace(/\n+$/, '').replace(/\u00a0/g, ' ');
  }
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const textToHtml = (text) => text.split('\n').map((line) => `<p>${escape(line) || '<br>'}</p>`).join('');

  const mailbox = (window.__mailbox = {
    type: cfg.bodyType || 'html',
    html: cfg.html ?? (cfg.text !== undefined ? textToHtml(cfg.text) : '<p></p>'),
    plain: cfg.text ?? '',
    selection: cfg.selection ?? null,
    failRead: Boolean(cfg.failRead),
    session: Object.assign({}, cfg.session),
    roaming: Object.assign({}, cfg.roaming),
    writes: 0,
    text() {
      return this.type === 'html' ? htmlToText(this.html) : this.plain;
    },
    setText(text) {
      if (this.type === 'html') this.html = textToHtml(text);
      else this.plain = text;
    },
    setHtml(html) {
      this.type = 'html';
      this.html = html;
    },
  });

  const later = (cb, result) => setTimeout(() => cb && cb(result), 5);
  const ok = (value) => ({ status: 'succeeded', value });
  const fail = (message) => ({ status: 'failed', error: { code: 9999, message } });
  const args = (a, b) => (typeof a === 'function' ? [{}, a] : [a || {}, b]);

  const body = {
    getAsync(type, a, b) {
      const [, cb] = args(a, b);
      calls.push(['body.getAsync', type]);
      if (mailbox.failRead) return later(cb, fail('The mailbox is not available.'));
      later(cb, ok(type === 'html' ? (mailbox.type === 'html' ? mailbox.html : textToHtml(mailbox.plain)) : mailbox.text()));
    },
    getTypeAsync(a, b) {
      const [, cb] = args(a, b);
      calls.push(['body.getTypeAsync']);
      later(cb, ok(mailbox.type));
    },
    setAsync(data, a, b) {
      const [opts, cb] = args(a, b);
      calls.push(['body.setAsync', data, opts.coercionType]);
      mailbox.writes++;
      if (opts.coercionType === 'html') mailbox.setHtml(data);
      else mailbox.plain = data;
      later(cb, ok(undefined));
    },
  };

  const item = {
    itemType: 'message',
    body,
    getSelectedDataAsync(type, a, b) {
      const [, cb] = args(a, b);
      calls.push(['getSelectedDataAsync', type]);
      later(cb, ok({ data: mailbox.selection || '', sourceProperty: 'body' }));
    },
    setSelectedDataAsync(data, a, b) {
      const [opts, cb] = args(a, b);
      calls.push(['setSelectedDataAsync', data, opts.coercionType]);
      mailbox.writes++;
      const sel = mailbox.selection || '';
      if (mailbox.type === 'html') mailbox.html = mailbox.html.replace(escape(sel), escape(data));
      else mailbox.plain = mailbox.plain.replace(sel, data);
      mailbox.selection = null;
      later(cb, ok(undefined));
    },
    sessionData: {
      getAsync(key, cb) {
        calls.push(['sessionData.getAsync', key]);
        later(cb, key in mailbox.session ? ok(mailbox.session[key]) : fail('not found'));
      },
      setAsync(key, value, cb) {
        calls.push(['sessionData.setAsync', key, value]);
        mailbox.session[key] = value;
        later(cb, ok(undefined));
      },
    },
  };

  const host = 'host' in cfg ? cfg.host : 'Outlook';
  window.Office = {
    HostType: { Outlook: 'Outlook', Word: 'Word' },
    CoercionType: { Text: 'text', Html: 'html' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    MailboxEnums: { SendModeOverride: { PromptUser: 'promptUser' } },
    context: host
      ? {
          mailbox: { item },
          roamingSettings: {
            get: (k) => (calls.push(['roamingSettings.get', k]), mailbox.roaming[k]),
            set: (k, v) => (calls.push(['roamingSettings.set', k, v]), (mailbox.roaming[k] = v)),
            saveAsync: (cb) => (calls.push(['roamingSettings.saveAsync']), later(cb, ok(undefined))),
          },
        }
      : {},
    onReady(cb) {
      calls.push(['onReady']);
      const info = { host, platform: host ? 'PC' : null };
      return new Promise((resolve) => setTimeout(() => (cb && cb(info), resolve(info)), 10));
    },
  };
})();
