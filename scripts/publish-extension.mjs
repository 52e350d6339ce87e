#!/usr/bin/env node
/**
 * Publishes the VS Code extension: `npm run publish:vsce` (the Visual Studio Marketplace)
 * and `npm run publish:ovsx` (Open VSX, where VSCodium, Cursor, Windsurf and other editors
 * built on VS Code install from). Both publish the same .vsix, packaged by `npm run
 * package` and checked by scripts/vsix-contents.mjs first; the token comes from the
 * environment (VSCE_PAT, OVSX_PAT), never from an argument, so it stays out of the shell's
 * history. `--dry-run` packages and checks, then prints the command it would run.
 *
 *   node scripts/publish-extension.mjs vsce|ovsx [--dry-run] [--no-package]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vsixProblems } from './vsix-contents.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const REGISTRIES = {
    vsce: { name: 'the Visual Studio Marketplace', token: 'VSCE_PAT', command: vsix => ['vsce', 'publish', '--packagePath', vsix], help: 'a personal access token of the publisher smart-plan (Azure DevOps, scope Marketplace: Manage)' },
    ovsx: { name: 'Open VSX', token: 'OVSX_PAT', command: vsix => ['ovsx', 'publish', vsix], help: 'an access token of open-vsx.org (the namespace smart-plan must exist: npx ovsx create-namespace smart-plan)' }
};

function fail(message) {
    console.error(`publish: ${message}`);
    process.exit(2);
}

const [target, ...flags] = process.argv.slice(2);
const registry = REGISTRIES[target];
if (!registry) {
    fail(`expected vsce or ovsx, got '${target ?? ''}' (npm run publish:vsce, npm run publish:ovsx)`);
}
const unknown = flags.filter(flag => !['--dry-run', '--no-package'].includes(flag));
if (unknown.length > 0) {
    fail(`unknown option ${unknown[0]} (expected --dry-run, --no-package)`);
}
const dryRun = flags.includes('--dry-run');
if (!dryRun && !process.env[registry.token]) {
    fail(`set ${registry.token} to ${registry.help}`);
}
if (!flags.includes('--no-package')) {
    const packaged = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (packaged.status !== 0) {
        fail(`npm run package failed (exit ${packaged.status})`);
    }
}
const manifest = JSON.parse(readFileSync(join(root, 'packages/vscode/package.json'), 'utf8'));
const vsix = join(root, 'packages/vscode', `${manifest.name}-${manifest.version}.vsix`);
let problems;
try {
    problems = vsixProblems(readFileSync(vsix));
} catch (error) {
    fail(`${vsix}: ${error.code === 'ENOENT' ? 'not packaged yet (npm run package)' : error.message}`);
}
if (problems.length > 0) {
    fail(`${vsix}: ${problems.join('; ')}`);
}
const [tool, ...args] = registry.command(vsix);
if (dryRun) {
    console.log(`publish: ${vsix} is ready for ${registry.name}; would run: ${tool} ${args.join(' ')} (with ${registry.token} from the environment)`);
    process.exit(0);
}
const published = spawnSync(join(root, 'node_modules/.bin', tool), args, { cwd: root, stdio: 'inherit' });
process.exit(published.status ?? 1);
