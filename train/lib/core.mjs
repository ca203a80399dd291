// The trainer reads sentences with core's own code (bundled from source here), so fitting and analysis can never
// disagree on what a word, a gram or a sentence is.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { coreBuildOptions } from '../../packages/core/build.mjs';

export async function loadCoreForTraining(root) {
  const outdir = join(root, '.cache/train');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, 'core-for-training.mjs');
  await build({
    ...coreBuildOptions,
    platform: 'node',
    stdin: {
      contents: [
        "export { viewSentence, nearYou, poolVectors, pooledNames } from './src/tone-model/features.ts';",
        "export { gramHash, gramSign, gramSlot } from './src/tone-model/tokens.ts';",
        "export { buildModel } from './src/text/model.ts';",
        "export { randomSource } from './src/rules/shared/regex-sampler.ts';",
        "export { sentencesOf } from './src/text/segment.ts';",
      ].join('\n'),
      resolveDir: join(root, 'packages/core'),
      loader: 'ts',
    },
    outfile,
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
