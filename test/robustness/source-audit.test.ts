// Nothing a plan or a configuration says is ever run. The built JavaScript of the language,
// the CLI and the renderer (and the extension's sources) holds no eval, no Function
// constructor, no dynamic import of a computed name, and touches child_process or vm only
// where listed below, for reasons that have nothing to do with plan text. And the VS Code
// extension's claim to work in untrusted workspaces is checked against what it contributes.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../cli/run-smart.js';

/** The only modules allowed to start processes or compile code, and why. */
const ALLOWED: Record<string, { allows: string; uses: RegExp; why: string }> = {
    'packages/cli/out/diff/git.js': {
        allows: 'child_process',
        uses: /import \{ execFileSync \} from 'node:child_process'/,
        why: '`smart diff --base` runs git (execFileSync, no shell; a ref starting with - is refused)'
    },
    'packages/cli/out/bundle-loader.js': {
        allows: 'node:vm / vm module',
        uses: /import vm from 'node:vm'/,
        why: 'runs the CLI\'s own bundle, dist/smart.cjs, built by scripts/bundle-cli.mjs'
    }
};

const DANGEROUS: Array<[string, RegExp]> = [
    ['eval(', /(^|[^\w.$])eval\s*\(/],
    ['new Function(', /new\s+Function\s*\(/],
    ['Function(', /(^|[^\w.$])Function\s*\(/],
    ['child_process', /child_process/],
    ['node:vm / vm module', /['"](node:)?vm['"]/],
    ['a dynamic import of a computed name', /(^|[^\w.$])import\s*\(\s*(?!['"`][^'"`$]*['"`]\s*\))/],
    ['require of a computed name', /(^|[^\w.$])require\s*\(\s*(?!['"][^'"]*['"]\s*\))/],
    ['setTimeout / setInterval with a string', /set(Timeout|Interval)\s*\(\s*['"`]/],
    ['a shell', /shell\s*:\s*true|execSync\s*\(|(^|[^\w.])exec\s*\(/]
];

function jsFiles(directory: string): string[] {
    return readdirSync(directory, { withFileTypes: true }).flatMap(entry => {
        const path = join(directory, entry.name);
        return entry.isDirectory() ? jsFiles(path) : /\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
}

/** Code without comments, so a comment that mentions eval is not a finding. */
function code(text: string): string {
    return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const SCANNED = ['packages/language/out', 'packages/cli/out', 'packages/preview/out', 'packages/vscode/src'];

describe('no plan or configuration text is ever evaluated', () => {
    const files = SCANNED.flatMap(folder => jsFiles(join(repoRoot, folder))).map(path => relative(repoRoot, path));

    test('the built language, CLI and renderer and the extension\'s sources are scanned', () => {
        for (const folder of SCANNED) {
            expect(files.filter(file => file.startsWith(folder)).length, folder).toBeGreaterThan(0);
        }
        expect(files).toContain('packages/language/out/lsp/language-server.js');
    });

    test('no eval, Function constructor, computed import, shell, or process outside the allowed places', () => {
        const findings: string[] = [];
        for (const file of files) {
            const text = code(readFileSync(join(repoRoot, file), 'utf8'));
            for (const [what, pattern] of DANGEROUS) {
                if (pattern.test(text) && ALLOWED[file]?.allows !== what) {
                    findings.push(`${file}: ${what}`);
                }
            }
        }
        expect(findings).toEqual([]);
    });

    test('the allowed places still use what they are allowed for (so the list stays true)', () => {
        for (const [file, { uses }] of Object.entries(ALLOWED)) {
            expect(readFileSync(join(repoRoot, file), 'utf8'), file).toMatch(uses);
        }
        const git = readFileSync(join(repoRoot, 'packages/cli/out/diff/git.js'), 'utf8');
        expect(git).toMatch(/execFileSync\('git', /);
        expect(git).not.toMatch(/shell|execSync|exec\(/);
    });
});

interface ExtensionManifest {
    capabilities?: {
        untrustedWorkspaces?: { supported: boolean | 'limited'; description?: string; restrictedConfigurations?: string[] };
    };
    contributes?: { configuration?: { properties?: Record<string, { type?: string | string[]; scope?: string }> } };
}

describe('the VS Code extension declares untrusted-workspace support honestly', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'packages/vscode/package.json'), 'utf8')) as ExtensionManifest;
    const declared = manifest.capabilities?.untrustedWorkspaces;

    test.skipIf(!manifest.capabilities)(`it declares untrusted-workspace support${manifest.capabilities ? '' : ' [SKIPPED: packages/vscode/package.json has no capabilities yet]'}`, () => {
        expect(declared, 'capabilities.untrustedWorkspaces').toBeDefined();
        expect([true, 'limited']).toContain(declared!.supported);
    });

    test.skipIf(!declared)('no setting names a program, path or command to run unless it is restricted', () => {
        const settings = Object.keys(manifest.contributes?.configuration?.properties ?? {});
        const restricted = new Set(declared?.restrictedConfigurations ?? []);
        const runnable = settings.filter(key => /(path|command|executable|binary|args|cmd|shell|node|runtime)$/i.test(key) && !restricted.has(key));
        expect(runnable).toEqual([]);
        if (declared?.supported === 'limited') {
            expect(declared.description, 'a limited support says what is limited').toBeTruthy();
        }
    });

    test.skipIf(!declared)('the extension starts only its own bundled server and runs nothing from the workspace', () => {
        const sources = jsFiles(join(repoRoot, 'packages/vscode/src')).map(path => readFileSync(path, 'utf8')).join('\n');
        expect(sources).not.toMatch(/createTerminal|executeTask|ShellExecution|ProcessExecution|child_process/);
        // The desktop client starts dist/server.cjs, the browser client dist/server-web.js (in a web worker).
        for (const [file, server] of [['client-node.ts', /joinPath\(context\.extensionUri, 'dist', 'server\.cjs'\)/], ['client-web.ts', /joinPath\(context\.extensionUri, 'dist', 'server-web\.js'\)/]] as const) {
            const client = readFileSync(join(repoRoot, 'packages/vscode/src', file), 'utf8');
            expect(client, file).toMatch(server);
            expect(client, file).not.toMatch(/getConfiguration\([^)]*\)\.get[^;]*(path|module|command)/i);
        }
    });
});
