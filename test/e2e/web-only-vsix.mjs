// The browser-only build of the extension, for the end-to-end run's second pass: the files
// of the packaged extension (what `vsce ls` lists) with a manifest that has no `main`. A
// workbench runs an extension that has a `main` in its Node extension host, whatever its
// `browser` says; without one, code-server runs it in its web worker extension host, as
// vscode.dev and github.dev run the published extension. Test-only: the shipped .vsix
// keeps both entries.
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Stages the extension under `out` without `main` and packages it; returns the .vsix path. */
export async function packageWebOnly(root, out) {
    const source = join(root, 'packages/vscode');
    const vsce = join(root, 'node_modules/.bin/vsce');
    const stage = join(out, 'stage');
    await rm(out, { recursive: true, force: true });
    await mkdir(stage, { recursive: true });
    const files = run(vsce, ['ls', '--no-dependencies'], source).split('\n').map(line => line.trim()).filter(Boolean);
    if (!files.includes('dist/extension-web.js') || !files.includes('dist/server-web.js')) {
        throw new Error(`the extension is not built for the browser (vsce ls: ${files.join(', ')}): run npm run package`);
    }
    for (const file of [...files, '.vscodeignore']) {
        await mkdir(dirname(join(stage, file)), { recursive: true });
        await cp(join(source, file), join(stage, file));
    }
    const manifest = JSON.parse(await readFile(join(source, 'package.json'), 'utf8'));
    delete manifest.main;
    await writeFile(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const vsix = join(out, `${manifest.name}-${manifest.version}-web-only.vsix`);
    run(vsce, ['package', '--no-dependencies', '--out', vsix], stage);
    return vsix;
}

function run(command, args, cwd) {
    const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
    if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    }
    return result.stdout;
}
