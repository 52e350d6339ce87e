// Documentation that works when pasted: every command of the fenced `sh` blocks of the
// README and of the npm package's README runs, block after block, in a scratch folder,
// and must exit as its comment announces (`# exits 1: ...`; no comment means 0). A command
// whose comment starts with `needs` (the network, VS Code, minutes) is not run: it is
// listed as skipped, with that reason, here and in the test output.
//
// The README runs in a scratch clone of this repository (its files as they are now, the
// build outputs, node_modules linked, a remote origin/main): `npx smart` there is this
// clone's. The package README runs where its reader is: an empty folder outside the
// repository, with the packed tarball installed offline in place of
// `npm install --save-dev smart-plan`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../cli/run-smart.js';
import { packedTarball } from '../package/pack.js';
import { shBlocks, type DocCommand } from './sh-blocks.js';

const env = {
    ...process.env,
    NO_COLOR: '1',
    GIT_PAGER: 'cat',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Doc Test',
    GIT_AUTHOR_EMAIL: 'doc-test@example.com',
    GIT_COMMITTER_NAME: 'Doc Test',
    GIT_COMMITTER_EMAIL: 'doc-test@example.com',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false'
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env, encoding: 'utf8' });

/** A clone of this repository as it is now (tracked and new files), built, with node_modules linked. */
function repositoryCopy(): string {
    const base = mkdtempSync(join(tmpdir(), 'smart-docs-origin-'));
    const files = git(repoRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
    for (const file of files) {
        if (existsSync(join(repoRoot, file))) {
            mkdirSync(dirname(join(base, file)), { recursive: true });
            cpSync(join(repoRoot, file), join(base, file));
        }
    }
    git(base, 'init', '--quiet', '--initial-branch', 'main');
    git(base, 'add', '--all');
    git(base, 'commit', '--quiet', '-m', 'the repository as documented');
    const clone = mkdtempSync(join(tmpdir(), 'smart-docs-readme-'));
    git(clone, 'clone', '--quiet', base, '.');
    symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'));
    writeFileSync(join(clone, '.git/info/exclude'), 'node_modules\n');
    for (const pkg of readdirSync(join(repoRoot, 'packages'))) {
        for (const built of ['out', 'dist']) {
            if (existsSync(join(repoRoot, 'packages', pkg, built))) {
                cpSync(join(repoRoot, 'packages', pkg, built), join(clone, 'packages', pkg, built), { recursive: true });
            }
        }
    }
    return clone;
}

/** An empty folder outside the repository with the packed smart-plan installed, offline. */
function emptyProject(): string {
    const folder = mkdtempSync(join(tmpdir(), 'smart-docs-project-'));
    const install = spawnSync('npm', ['install', '--offline', '--cache', join(folder, '.npm-cache'), packedTarball()], { cwd: folder, env, encoding: 'utf8' });
    if (install.status !== 0) {
        throw new Error(`npm install of the packed tarball failed:\n${install.stdout}\n${install.stderr}`);
    }
    return folder;
}

interface Result {
    code: number;
    output: string;
}

/** Runs the commands in one bash, in order, recording each one's exit code and output. */
function runCommands(folder: string, commands: DocCommand[]): Result[] {
    const results = mkdtempSync(join(tmpdir(), 'smart-docs-results-'));
    const script = commands.map((command, index) => [
        `{ ${command.command}\n} > "${results}/${index}.out" 2>&1 < /dev/null`,
        `echo $? > "${results}/${index}.code"`
    ].join('\n')).join('\n');
    spawnSync('bash', ['--noprofile', '--norc', '-c', script], { cwd: folder, env, encoding: 'utf8', timeout: 600_000 });
    return commands.map((_, index) => ({
        code: existsSync(join(results, `${index}.code`)) ? Number(readFileSync(join(results, `${index}.code`), 'utf8')) : -1,
        output: existsSync(join(results, `${index}.out`)) ? readFileSync(join(results, `${index}.out`), 'utf8') : ''
    }));
}

const DOCUMENTS = [
    { file: 'README.md', setup: repositoryCopy },
    { file: 'packages/cli/npm/README.md', setup: emptyProject }
];

for (const { file, setup } of DOCUMENTS) {
    describe(`the sh blocks of ${file}, pasted`, () => {
        const blocks = shBlocks(readFileSync(join(repoRoot, file), 'utf8'));
        const skipped = blocks.flatMap(block => block.commands.filter(command => command.skip));
        let folder: string;

        beforeAll(() => {
            folder = setup();
        }, 300_000);

        afterAll(() => {
            console.log(`${file}: ${skipped.length} documented commands not run:\n${skipped.map(command => `  line ${command.line}: ${command.command}  (${command.skip})`).join('\n')}`);
        });

        test('there are commands to run', () => {
            expect(blocks.flatMap(block => block.commands).filter(command => !command.skip).length).toBeGreaterThan(5);
        });

        for (const command of skipped) {
            test.skip(`line ${command.line}: \`${command.command}\` is not run: ${command.skip}`, () => undefined);
        }

        for (const block of blocks) {
            const commands = block.commands.filter(command => !command.skip);
            if (commands.length === 0) {
                continue;
            }
            test(`the block at line ${block.line}: ${commands.map(command => command.command.split('\n')[0]).join(' · ')}`, () => {
                const results = runCommands(folder, commands);
                commands.forEach((command, index) => {
                    const { code, output } = results[index];
                    expect(code, `${file}:${command.line}: \`${command.command}\` exited ${code}, the text says ${command.expectedExit}; it printed:\n${output}`).toBe(command.expectedExit);
                });
            }, 300_000);
        }
    });
}

describe('the documented forms never reach the unrelated npm package `smart`', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const packageReadme = readFileSync(join(repoRoot, 'packages/cli/npm/README.md'), 'utf8');

    test('the package README runs smart as npx smart-plan, which works installed or not', () => {
        const commands = shBlocks(packageReadme).flatMap(block => block.commands).map(command => command.command);
        expect(commands.filter(command => /\bnpx smart\b(?!-plan)/.test(command))).toEqual([]);
        expect(commands.filter(command => command.startsWith('npx smart-plan')).length).toBeGreaterThan(5);
    });

    test('no git diff driver is configured through npx', () => {
        for (const text of [readme, packageReadme]) {
            expect(text).not.toMatch(/diff\.smart\.command "npx /);
            expect(text).toMatch(/diff\.smart\.command "node_modules\/\.bin\/smart diff --git"/);
        }
    });
});
