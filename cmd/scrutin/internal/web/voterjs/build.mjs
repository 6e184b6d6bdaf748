// Builds ../static/voter.js from voter.mjs: one minified ES module, the
// same bytes on every machine for the versions package-lock.json pins.
//   npm ci && npm run build          (or: node build.mjs OUTFILE)
// .ci/browser.sh checks the committed file equals a rebuild;
// voterjs_test.go checks the module against the Go reference.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const v = p => JSON.parse(readFileSync(new URL(`node_modules/${p}/package.json`, import.meta.url))).version;
const banner = `// Scrutin's voter cryptography (docs/WEB.md), built from
// cmd/scrutin/internal/web/voterjs/voter.mjs (Scrutin's own code) by
// \`npm ci && npm run build\` there, with esbuild ${v('esbuild')}. Bundles
// @noble/curves ${v('@noble/curves')} and @noble/hashes ${v('@noble/hashes')}
// (MIT License, (c) 2022 Paul Miller, paulmillr.com; audited, see their READMEs).
// Do not edit: rebuild.`;
await build({
  entryPoints: [new URL('voter.mjs', import.meta.url).pathname],
  outfile: process.argv[2] || new URL('../static/voter.js', import.meta.url).pathname,
  bundle: true, format: 'esm', minify: true, target: 'es2020', platform: 'browser',
  legalComments: 'eof', charset: 'utf8', banner: { js: banner },
});
