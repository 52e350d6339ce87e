/**
 * Stages and packs the npm package `smart-plan` (bins `smart` and `smart-plan`):
 *
 *   node scripts/pack-npm.mjs [--out DIR]     (default DIR: .artifacts/npm; run after `npm run build`)
 *
 * DIR/smart-plan/ gets the package as published: packages/cli/npm/ (package.json, README.md,
 * bin/smart.cjs), dist/smart.cjs bundled fresh from packages/cli/out (scripts/cli-bundle.mjs),
 * THIRD_PARTY_LICENSES for the packages inside that bundle, and the repository's LICENSE.
 * Then `npm pack` writes DIR/smart-plan-VERSION.tgz, and the last line printed is its path.
 *
 * The package is self-contained: no dependencies (so no EBADENGINE on Node 20 for
 * chevrotain's node >= 22), no scripts, and no V8 code cache (see bin/smart.cjs). It is
 * staged outside the npm workspaces: it is a build output of packages/cli, not a package
 * the repository itself installs.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { bundleCli, repoRoot } from './cli-bundle.mjs';
import { thirdPartyLicenses } from './third-party-licenses.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: join(repoRoot, '.artifacts', 'npm') } } });
const out = resolve(values.out);
const cli = join(repoRoot, 'packages', 'cli');
const source = join(cli, 'npm');
const stage = join(out, 'smart-plan');

function fail(message) {
    console.error(`pack-npm: ${message}`);
    process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
const cliVersion = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8')).version;
if (manifest.version !== cliVersion) {
    fail(`packages/cli/npm/package.json has version ${manifest.version}, packages/cli/package.json ${cliVersion}: give both the version to publish`);
}
if (!existsSync(join(cli, 'out', 'bundle-entry.js'))) {
    fail('packages/cli/out is not built: run `npm run build` (or `npx tsc -b`) first');
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'bin'), { recursive: true });
const { metafile } = await bundleCli(esbuild, { outfile: join(stage, 'dist', 'smart.cjs'), write: true });
writeFileSync(join(stage, 'THIRD_PARTY_LICENSES'), thirdPartyLicenses(metafile, repoRoot));
copyFileSync(join(source, 'bin', 'smart.cjs'), join(stage, 'bin', 'smart.cjs'));
copyFileSync(join(source, 'README.md'), join(stage, 'README.md'));
copyFileSync(join(repoRoot, 'LICENSE'), join(stage, 'LICENSE'));
copyFileSync(join(source, 'package.json'), join(stage, 'package.json'));

const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], {
    cwd: stage,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' }
}))[0];
const kib = bytes => `${Math.round(bytes / 1024)} KiB`;
console.log(`smart-plan ${packed.version}: ${kib(packed.size)} packed, ${kib(packed.unpackedSize)} unpacked, ${packed.entryCount} files`);
for (const file of packed.files) {
    console.log(`  ${String(file.size).padStart(9)}  ${file.path}`);
}
console.log(join(out, packed.filename));
