/**
 * How the `smart` CLI is bundled into one CommonJS file, shared by scripts/bundle-cli.mjs
 * (packages/cli/dist/smart.cjs, the repository's fast start) and scripts/pack-npm.mjs (the
 * npm package smart-plan): packages/cli/out/bundle-entry.js (the Node 20 polyfill, then
 * `main`) and everything it imports, Langium and the language server included, so the file
 * needs only Node's built-in modules. Run after `tsc -b`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the CLI into `outfile` (written when `write`), with esbuild's metafile. */
export function bundleCli(esbuild, { outfile, write }) {
    return esbuild.build({
        entryPoints: [join(repoRoot, 'packages', 'cli', 'out', 'bundle-entry.js')],
        bundle: true,
        absWorkingDir: repoRoot,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        write,
        outfile,
        // Modules that read files next to themselves (`new URL('../package.json', import.meta.url)`
        // for --version) read them beside the bundle's folder: packages/cli/package.json in the
        // repository, the package's own package.json once published.
        define: { 'import.meta.url': '__smartBundleUrl' },
        banner: { js: "const __smartBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
        metafile: true,
        minifyWhitespace: true,
        minifySyntax: true,
        legalComments: 'none',
        logLevel: 'warning'
    });
}
