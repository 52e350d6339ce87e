/**
 * Bundles the `smart` CLI (Langium included; see scripts/cli-bundle.mjs) into one
 * CommonJS file, packages/cli/dist/smart.cjs, records which of the project's
 * compiled modules it was made from, and warms a V8 code cache for it by linting an
 * example plan and reporting the corporate example's portfolio (usable only by this Node:
 * see the loader). Run after
 * `tsc -b` (by `npm run build` and `npm run bench`); dist/ is git-ignored. bin/smart.js
 * uses the bundle while it is current (see packages/cli/src/bundle-loader.ts).
 */
import '@smart-plan/language/polyfill';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCli, repoRoot as root } from './cli-bundle.mjs';

const esbuild = await import('esbuild').catch(() => undefined);
if (!esbuild) {
    // An install without devDependencies: `smart` runs from out/, only its start is slower.
    console.log('bundle-cli: esbuild is not installed; the smart CLI runs unbundled from packages/cli/out/');
    process.exit(0);
}
const cli = join(root, 'packages', 'cli');
const loader = await import(pathToFileURL(join(cli, 'out', 'bundle-loader.js')).href);

const result = await bundleCli(esbuild, { outfile: loader.BUNDLE_FILE, write: false });
mkdirSync(join(cli, 'dist'), { recursive: true });
loader.writeAtomically(loader.BUNDLE_FILE, result.outputFiles[0].contents);

// The project's modules in the bundle (node_modules change only with `npm install`, whose
// `prepare` bundles again): bin/smart.js checks their modification times at each start.
const inputs = Object.keys(result.metafile.inputs)
    .map(input => join(root, input))
    .filter(path => path.startsWith(join(root, 'packages')))
    .map(path => ({ path, mtimeMs: statSync(path).mtimeMs }));
loader.writeAtomically(loader.STAMP_FILE, JSON.stringify({ inputs }, null, 2) + '\n');

rmSync(loader.CODE_CACHE_FILE, { force: true });
rmSync(loader.CODE_CACHE_RECORD_FILE, { force: true });
const example = join(root, 'examples', 'coaching', 'acme-coaching.smart');
const portfolio = join(root, 'examples', 'corporate');
if (existsSync(example) && existsSync(portfolio)) {
    const quiet = { cwd: root, stdout: () => undefined, stderr: () => undefined, isTTY: false, env: {} };
    const bundle = loader.runBundle({ codeCache: false });
    await bundle.main(['lint', example], quiet);
    // The report's code too (the view model, the renderers), through a portfolio of plans.
    await bundle.main(['report', portfolio], quiet);
    loader.saveCodeCache();
}
const size = statSync(loader.BUNDLE_FILE).size / 1024 / 1024;
console.log(`bundled the smart CLI: ${loader.BUNDLE_FILE.slice(root.length)} (${size.toFixed(1)} MB)${existsSync(loader.CODE_CACHE_FILE) ? ', code cache warmed' : ''}`);
