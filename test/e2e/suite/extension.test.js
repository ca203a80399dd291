// The Rapport extension inside real VS Code (code-server): diagnostics, hover, quick fixes, settings, config and
// Check Workspace, through the public VS Code API. The workspace is a fresh copy of ../fixtures/workspace.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const EXTENSION_ID = 'rapport.rapport-vscode';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const folder = () => vscode.workspace.workspaceFolders[0].uri;
const uriOf = (rel) => vscode.Uri.joinPath(folder(), rel);
const ruleOf = (d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Rapport');
const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function waitFor(what, probe, timeoutMs = 15_000) {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(uriOf(rel));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function diagnosticFor(uri, ruleId, text, doc) {
  return ours(uri).find((d) => ruleOf(d) === ruleId && (!text || doc.getText(d.range) === text));
}

/**
 * executeCodeActionProvider, retried: the workbench cancels a request when the provider registry changes mid-flight
 * (built-in Markdown features still activating), and the answer then lacks our actions.
 */
async function codeAction(uri, range, predicate, kind) {
  return waitFor('a matching code action', async () => {
    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, kind)) || [];
    return actions.find(predicate);
  }, 10_000);
}

async function readConfig() {
  return JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(uriOf('.rapportrc.json'))));
}

async function setting(key, value) {
  await vscode.workspace.getConfiguration('rapport').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Rapport in VS Code', function () {
  let api;

  before(async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    api = await ext.activate();
  });

  it('ships its marketplace icon in the installed package', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.equal(ext.packageJSON.icon, 'media/icon.png');
    const png = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, ext.packageJSON.icon));
    assert.deepEqual([...png.slice(1, 4)], [0x50, 0x4e, 0x47]); // "PNG"
  });

  it('flags impatience and unexplained jargon with exact ranges, rule codes, docs links and severity', async function () {
    const doc = await open('kb/reset-mfa.md');
    const impatience = await waitFor('the impatience diagnostic', () => diagnosticFor(doc.uri, 'tone/impatience', 'As I already explained', doc));
    assert.equal(impatience.source, 'Rapport');
    assert.equal(impatience.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(impatience.range.start.line, 7);
    assert.equal(impatience.range.start.character, 0);
    assert.equal(impatience.code.value, 'tone/impatience');
    assert.ok(impatience.code.target.path.endsWith('/docs/rules/tone/impatience.md'), impatience.code.target.toString());
    const report = api.reportFor(doc.uri);
    const finding = report.findings.find((f) => f.ruleId === 'tone/impatience');
    assert.ok(impatience.message.includes(finding.why), 'the why is in the message');

    const dns = diagnosticFor(doc.uri, 'jargon/unexplained-term', 'DNS', doc);
    assert.ok(dns, 'unexplained DNS is flagged');
    assert.equal(dns.range.start.line, 9);
    assert.equal(dns.severity, vscode.DiagnosticSeverity.Warning);
    const mfa = diagnosticFor(doc.uri, 'jargon/unexplained-term', 'MFA', doc);
    assert.ok(mfa, 'MFA in the title is flagged');
    assert.equal(mfa.range.start.line, 1, 'first use is in the front-matter title');
    assert.ok(mfa.relatedInformation?.length, 'later uses of MFA are related information');

    // The code block (lines 11-13), the URL (line 15) and the front-matter tags (line 2) never produce findings.
    const lines = new Set(ours(doc.uri).map((d) => d.range.start.line));
    for (const quiet of [2, 11, 12, 13, 15]) assert.ok(!lines.has(quiet), `no finding on line ${quiet}: ${doc.lineAt(quiet).text}`);
  });

  it('shows a hover with the plain-language gloss and the rewrites under the diagnostic (what and why, said once)', async function () {
    const doc = await open('kb/reset-mfa.md');
    const dns = await waitFor('DNS', () => diagnosticFor(doc.uri, 'jargon/unexplained-term', 'DNS', doc));
    assert.match(dns.message, /may be unfamiliar/);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, dns.range.start.translate(0, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.doesNotMatch(text, /may be unfamiliar/);
    const gloss = api.reportFor(doc.uri).findings.find((f) => f.actual === 'DNS').gloss;
    assert.ok(gloss && text.includes(`*In plain words:* ${gloss.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&')}`), text);
    assert.match(text, /\*Try instead:\*/);
  });

  it('applies the preferred quick fix and the diagnostic goes away', async function () {
    const doc = await open('kb/reset-mfa.md');
    const d = await waitFor('impatience', () => diagnosticFor(doc.uri, 'tone/impatience', 'As I already explained', doc));
    const preferred = api.reportFor(doc.uri).findings.find((f) => f.ruleId === 'tone/impatience').suggestions[0];
    const action = await codeAction(doc.uri, d.range, (a) => a.isPreferred && a.title.includes(`“${preferred.replacement}”`));
    assert.equal(action.kind.value, 'quickfix');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.equal(doc.lineAt(7).text, `${preferred.replacement}, you have to register a new phone before the old one stops working.`);
    await waitFor('impatience to clear', () => !diagnosticFor(doc.uri, 'tone/impatience', undefined, doc));
  });

  it('re-checks while typing (debounced) and inserts a reviewed ignore with its reason', async function () {
    const doc = await open('kb/reset-mfa.md');
    const editor = vscode.window.activeTextEditor;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nAs I already explained, the old phone stops working after a day.\n'));
    const d = await waitFor('a diagnostic on the typed line', () => diagnosticFor(doc.uri, 'tone/impatience', 'As I already explained', doc));
    const line = d.range.start.line;
    const ignore = await codeAction(doc.uri, d.range, (a) => a.command?.command === 'rapport.ignoreHere');
    const [uri, offset, ruleId] = ignore.command.arguments;
    assert.equal(ruleId, 'tone/impatience');
    assert.ok(await vscode.commands.executeCommand('rapport.ignoreHere', uri, offset, ruleId, 'quoting the rollout template'));
    assert.equal(doc.lineAt(line).text, '<!-- rapport-disable-next-line tone/impatience -- quoting the rollout template -->');
    assert.equal(doc.lineAt(line + 1).text, 'As I already explained, the old phone stops working after a day.');
    await waitFor('the ignored finding to clear', () => !diagnosticFor(doc.uri, 'tone/impatience', undefined, doc));
    assert.equal(api.reportFor(doc.uri).suppressed[0]?.suppressed?.reason, 'quoting the rollout template');
  });

  it('offers source.fixAll.rapport that applies every unambiguous rewrite', async function () {
    const doc = await open('kb/other.md');
    await waitFor('jargon in other.md', () => ours(doc.uri).some((d) => ruleOf(d) === 'jargon/unexplained-term'));
    // What fix-all should do, from the report: each finding with exactly one rewrite, no overlaps.
    let expected = doc.getText();
    const unambiguous = api.reportFor(doc.uri).findings.filter((f) => f.suggestions.length === 1).sort((a, b) => b.start - a.start);
    assert.ok(unambiguous.length > 0, 'other.md has a finding with a single rewrite');
    for (const f of unambiguous) expected = expected.slice(0, f.start) + f.suggestions[0].replacement + expected.slice(f.end);
    const before = ours(doc.uri).length;
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const action = await codeAction(doc.uri, all, (a) => a.kind?.value === 'source.fixAll.rapport', 'source.fixAll');
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    assert.equal(doc.getText(), expected);
    await waitFor('the fixed findings to clear', () => ours(doc.uri).length === before - unambiguous.length);
  });

  it('"Allow term" and "Add term to glossary" write .rapportrc.json, and the findings follow the file', async function () {
    const doc = await open('kb/reset-mfa.md');
    const dns = await waitFor('DNS', () => diagnosticFor(doc.uri, 'jargon/unexplained-term', 'DNS', doc));
    const allow = await codeAction(doc.uri, dns.range, (a) => a.command?.command === 'rapport.allowTerm');
    assert.equal(allow.title, 'Allow “DNS” in this workspace');
    await vscode.commands.executeCommand(allow.command.command, ...allow.command.arguments);
    assert.deepEqual(await readConfig(), { ignore: ['kb/ignored/**'], allow: ['DNS'] });
    await waitFor('DNS to be allowed', () => !diagnosticFor(doc.uri, 'jargon/unexplained-term', 'DNS', doc));

    const mfa = diagnosticFor(doc.uri, 'jargon/unexplained-term', 'MFA', doc);
    const glossary = await codeAction(doc.uri, mfa.range, (a) => a.command?.command === 'rapport.addToGlossary');
    const [uri, term, suggested] = glossary.command.arguments;
    assert.equal(term, 'MFA');
    assert.match(suggested, /code on your phone/);
    await vscode.commands.executeCommand('rapport.addToGlossary', uri, term, suggested, 'a code from your phone as well as your password');
    assert.deepEqual((await readConfig()).glossary, [{ term: 'MFA', gloss: 'a code from your phone as well as your password' }]);
  });

  it('a broken .rapportrc.json falls back to the defaults, and fixing it applies it again', async function () {
    const doc = await open('kb/reset-mfa.md');
    const good = decoder.decode(await vscode.workspace.fs.readFile(uriOf('.rapportrc.json')));
    await vscode.workspace.fs.writeFile(uriOf('.rapportrc.json'), encoder.encode('{ "allow": ["DNS", '));
    await waitFor('DNS back under the defaults', () => diagnosticFor(doc.uri, 'jargon/unexplained-term', 'DNS', doc));
    await vscode.workspace.fs.writeFile(uriOf('.rapportrc.json'), encoder.encode(good));
    await waitFor('DNS allowed again', () => !diagnosticFor(doc.uri, 'jargon/unexplained-term', 'DNS', doc));
    // Valid JSON with a value the engine rejects: the same fallback, never a crash or an empty Problems panel.
    await vscode.workspace.fs.writeFile(uriOf('.rapportrc.json'), encoder.encode('{ "allow": ["DNS"], "rules": { "jargon": "loud" } }'));
    await waitFor('DNS back after a rejected value', () => diagnosticFor(doc.uri, 'jargon/unexplained-term', 'DNS', doc));
    await vscode.workspace.fs.writeFile(uriOf('.rapportrc.json'), encoder.encode(good));
    await waitFor('DNS allowed once more', () => !diagnosticFor(doc.uri, 'jargon/unexplained-term', 'DNS', doc));
  });

  it('validates .rapportrc.json against the bundled schema (jsonValidation)', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const schema = JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'schema/rapportrc.schema.json'))));
    if (!schema.properties) this.skip(); // the schema has not landed yet: the build ships a permissive placeholder
    const uri = uriOf('schema-check/.rapportrc.json');
    await vscode.workspace.fs.writeFile(uri, encoder.encode('{ "audience": "everyone" }\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'json');
    const problem = await waitFor('a schema diagnostic from the JSON language service', () =>
      vscode.languages.getDiagnostics(uri).find((d) => d.source !== 'Rapport' && doc.getText(d.range).includes('everyone')), 30_000);
    assert.ok(problem.message.length > 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(uri);
  });

  it('follows the settings: severity override, language ids, and enable', async function () {
    const doc = await open('kb/vpn-notes.txt');
    assert.equal(doc.languageId, 'plaintext');
    const d = await waitFor('impatience in plain text', () => diagnosticFor(doc.uri, 'tone/impatience', 'As I already explained', doc));
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    try {
      await setting('rules', { 'tone/impatience': 'info' });
      await waitFor('the severity override', () => diagnosticFor(doc.uri, 'tone/impatience', undefined, doc)?.severity === vscode.DiagnosticSeverity.Information);
      await setting('languageIds', ['markdown']);
      await waitFor('plain text to be left alone', () => ours(doc.uri).length === 0);
      await setting('languageIds', undefined);
      await waitFor('plain text checked again', () => diagnosticFor(doc.uri, 'tone/impatience', undefined, doc));
      await setting('enable', false);
      await waitFor('every diagnostic to clear', () => vscode.languages.getDiagnostics().every(([, list]) => !list.some((x) => x.source === 'Rapport')));
    } finally {
      await setting('enable', undefined);
      await setting('rules', undefined);
      await setting('languageIds', undefined);
    }
    await waitFor('diagnostics back after enabling', () => diagnosticFor(doc.uri, 'tone/impatience', undefined, doc)?.severity === vscode.DiagnosticSeverity.Error);
  });

  it('"Rapport: Check Workspace" stops when its caller cancels it, and says it was cancelled', async function () {
    const source = new vscode.CancellationTokenSource();
    const pending = vscode.commands.executeCommand('rapport.checkWorkspace', { token: source.token });
    source.cancel();
    const result = await pending;
    assert.equal(result.cancelled, true);
    assert.deepEqual(result.checked, []);
    assert.equal(ours(uriOf('kb/never-opened.md')).length, 0, 'no file is checked after the cancel');
  });

  it('"Rapport: Check Workspace" fills the Problems panel, skipping ignore globs and files.exclude', async function () {
    const result = await vscode.commands.executeCommand('rapport.checkWorkspace');
    assert.equal(result.cancelled, false);
    assert.deepEqual(result.checked, ['kb/never-opened.md', 'kb/other.md', 'kb/reset-mfa.md']);
    const never = ours(uriOf('kb/never-opened.md'));
    const impatience = never.find((d) => ruleOf(d) === 'tone/impatience');
    assert.ok(impatience, 'a file never opened gets diagnostics');
    assert.deepEqual(impatience.range, new vscode.Range(2, 0, 2, 22));
    assert.equal(ours(uriOf('kb/ignored/draft.md')).length, 0);
    assert.equal(ours(uriOf('archive/old.md')).length, 0);
  });

  it('shows the report in the sidebar, and inserts a checklist suggestion from it', async function () {
    const doc = await open('kb/reset-mfa.md');
    await vscode.commands.executeCommand('rapport.showReport');
    const report = await vscode.commands.executeCommand('rapport.checkDocument');
    const rows = api.outlineFor(doc.uri);
    assert.equal(rows[0].label, `Score ${report.score}/100`);
    assert.equal(rows[1].label, 'Empathy checklist');
    assert.equal(rows[1].children.length, report.checklist.length);
    const categories = rows.slice(2).map((r) => r.label.toLowerCase());
    assert.deepEqual(categories, [...new Set(report.findings.map((f) => f.category))]);
    const item = rows[1].children.find((c) => c.insert);
    if (!item) return; // every checklist item passed or does not apply: nothing to insert
    assert.ok(await vscode.commands.executeCommand('rapport.insertSuggestion', item));
    assert.ok(doc.getText().includes(item.insert.text));
  });
});
