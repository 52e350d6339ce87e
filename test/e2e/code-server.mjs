// code-server for the end-to-end test: a run folder that holds everything it writes
// (HOME, TMPDIR, XDG_* folders, user data, extensions), installing the packaged
// extension, and a server in its own process group on a free loopback port, stopped by
// killing the whole group (extension hosts and language servers outlive it otherwise).
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** The folders of one run, and the environment that keeps code-server inside them. */
export async function prepareRunFolder(run, tools) {
    const folders = {
        run,
        home: join(run, 'home'),
        tmp: join(run, 'tmp'),
        userData: join(run, 'user-data'),
        extensions: join(run, 'extensions'),
        chromiumProfile: join(run, 'chromium-profile')
    };
    const xdg = { XDG_CONFIG_HOME: 'xdg/config', XDG_DATA_HOME: 'xdg/data', XDG_CACHE_HOME: 'xdg/cache', XDG_STATE_HOME: 'xdg/state', XDG_RUNTIME_DIR: 'xdg/runtime' };
    for (const folder of [...Object.values(folders), ...Object.values(xdg).map(sub => join(run, sub))]) {
        await mkdir(folder, { recursive: true, mode: 0o700 });
    }
    await mkdir(join(folders.userData, 'User'), { recursive: true });
    // Quiet, deterministic user settings: no welcome page, tips, trust prompts or telemetry.
    await writeFile(join(folders.userData, 'User/settings.json'), JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'editor.minimap.enabled': false,
        'editor.codeLens': true,
        'editor.stickyScroll.enabled': false,
        'outline.collapseItems': 'alwaysCollapse',
        'window.commandCenter': false,
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        'git.openRepositoryInParentFolders': 'never',
        'git.autoRepositoryDetection': false,
        'workbench.colorTheme': 'Default Dark Modern'
    }, null, 2));
    const configFile = join(run, 'config.yaml');
    await writeFile(configFile, 'auth: none\ncert: false\n');
    const env = {
        ...process.env,
        HOME: folders.home,
        TMPDIR: folders.tmp,
        ...Object.fromEntries(Object.entries(xdg).map(([key, sub]) => [key, join(run, sub)])),
        PATH: `${tools.node24Bin}:${process.env.PATH}`
    };
    delete env.VSCODE_IPC_HOOK_CLI;
    return { folders, env, configFile };
}

function baseArgs(runFolder, tools) {
    return [tools.codeServer,
        '--config', runFolder.configFile,
        '--user-data-dir', runFolder.folders.userData,
        '--extensions-dir', runFolder.folders.extensions];
}

/** `code-server --install-extension`; returns the installed extension ids. */
export function installExtension(runFolder, tools, vsix) {
    const install = spawnSync(tools.node24, [...baseArgs(runFolder, tools), '--install-extension', vsix], { env: runFolder.env, encoding: 'utf8' });
    if (install.status !== 0) {
        throw new Error(`code-server --install-extension failed (exit ${install.status}):\n${install.stdout}${install.stderr}`);
    }
    const list = spawnSync(tools.node24, [...baseArgs(runFolder, tools), '--list-extensions', '--show-versions'], { env: runFolder.env, encoding: 'utf8' });
    return list.stdout.split('\n').map(line => line.trim()).filter(Boolean);
}

export async function freePort() {
    const server = createServer();
    await new Promise((resolve, reject) => server.listen(0, '127.0.0.1', resolve).on('error', reject));
    const { port } = server.address();
    await new Promise(resolve => server.close(resolve));
    return port;
}

/** Starts code-server on `folder` in its own process group; resolves once /healthz answers. */
export async function startCodeServer(runFolder, tools, folder, { timeoutMs = 60_000 } = {}) {
    const port = await freePort();
    const log = await open(join(runFolder.folders.run, 'code-server.log'), 'w');
    const child = spawn(tools.node24, [...baseArgs(runFolder, tools),
        '--auth', 'none',
        '--bind-addr', `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--reconnection-grace-time', '5',
        folder
    ], { env: runFolder.env, detached: true, stdio: ['ignore', log.fd, log.fd] });
    const server = {
        url: `http://127.0.0.1:${port}`,
        pid: child.pid,
        exited: false,
        async stop() {
            await stopProcessGroup(child.pid, () => server.exited);
            await log.close();
        }
    };
    child.on('exit', () => {
        server.exited = true;
    });
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !server.exited) {
        try {
            const response = await fetch(`${server.url}/healthz`);
            if (response.ok) {
                return server;
            }
        } catch {
            // not listening yet
        }
        await delay(250);
    }
    await server.stop();
    throw new Error(`code-server did not answer /healthz within ${timeoutMs / 1000} s (see ${join(runFolder.folders.run, 'code-server.log')})`);
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left of it. */
export async function stopProcessGroup(pgid, exited = () => false) {
    const signal = name => {
        try {
            process.kill(-pgid, name);
            return true;
        } catch {
            return false; // the group is gone
        }
    };
    if (!signal('SIGTERM')) {
        return;
    }
    for (let waited = 0; waited < 5_000 && !exited(); waited += 100) {
        await delay(100);
    }
    await delay(200);
    signal('SIGKILL');
}
