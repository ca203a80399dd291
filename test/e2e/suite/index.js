// Entry the extension host loads (extensionTestsPath): runs the mocha suite and reports counts to the runner.
const path = require('node:path');

exports.run = function run() {
  // mocha lives in test/e2e/node_modules; mocha 12 is ESM-only and comes back as { default } through require().
  const loaded = require(path.join(__dirname, '..', 'node_modules', 'mocha'));
  const Mocha = loaded.default || loaded;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The runner reads this line (the extension host's console reaches it through codeAutomationLog).
      console.log(`RAPPORT_E2E_RESULT ${JSON.stringify({ passed: runner.stats.passes, failed: failures })}`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed`));
      else resolve();
    });
  });
};
