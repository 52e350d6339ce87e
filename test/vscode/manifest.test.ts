// The extension's manifest as the Marketplace, Open VSX and VS Code read it: both entries
// and virtual-workspace support; what a gallery page needs (publisher, licence, icon,
// banner, README, CHANGELOG, screenshots that exist); every contributed command registered
// by the sources; and the walkthrough: new plan, a quick fix, the preview, a check-in, CI,
// each step with a button and completed by that command, its pages shipped in the .vsix.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../cli/run-smart.js';

const extension = join(repoRoot, 'packages/vscode');
const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
const read = (path: string) => readFileSync(join(extension, path), 'utf8');

/** Whether .vscodeignore ships a file: ignored by `**`, brought back by a `!` pattern. */
function shipped(path: string): boolean {
    const patterns = read('.vscodeignore').split('\n').map(line => line.trim()).filter(line => line && !line.startsWith('#'));
    let included = true;
    for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        if (picomatch(negated ? pattern.slice(1) : pattern, { dot: true })(path)) {
            included = negated;
        }
    }
    return included;
}

/** The command ids the sources register: string literals, or constants of the sources and the protocol. */
function registeredCommands(): Set<string> {
    const sources = [
        ...readdirSync(join(extension, 'src')).filter(name => name.endsWith('.ts')).map(name => read(`src/${name}`)),
        readFileSync(join(repoRoot, 'packages/language/src/protocol.ts'), 'utf8')
    ].join('\n');
    const constants = new Map([...sources.matchAll(/export const (\w+) = '([^']+)'/g)].map(([, name, value]) => [name, value]));
    return new Set([...sources.matchAll(/registerCommand\(\s*(?:'([^']+)'|(\w+))/g)].map(([, literal, name]) => literal ?? constants.get(name)!));
}

describe('the extension manifest', () => {
    test('has a desktop and a browser entry, and supports virtual and untrusted workspaces', () => {
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.browser).toBe('./dist/extension-web.js');
        expect(manifest.capabilities.virtualWorkspaces).toBe(true);
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
        for (const entry of [manifest.main, manifest.browser, './dist/server.cjs', './dist/server-web.js']) {
            expect(shipped(entry.replace(/^\.\//, '')), `${entry} is shipped`).toBe(true);
        }
    });

    test('has what the Marketplace and Open VSX show: publisher, licence, icon, banner, repository, README, CHANGELOG', () => {
        expect(manifest.publisher).toBe('smart-plan');
        expect(manifest.license).toBe('MIT');
        expect(read('LICENSE')).toMatch(/MIT License/);
        expect(manifest.repository.url).toMatch(/^https:\/\/github\.com\//);
        expect(manifest.galleryBanner).toEqual({ color: expect.stringMatching(/^#[0-9a-f]{6}$/i), theme: expect.stringMatching(/^(dark|light)$/) });
        const icon = readFileSync(join(extension, manifest.icon));
        expect(icon.subarray(1, 4).toString()).toBe('PNG');
        expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
        for (const file of [manifest.icon, 'README.md', 'CHANGELOG.md', 'LICENSE']) {
            expect(shipped(file), `${file} is shipped`).toBe(true);
        }
        expect(read('CHANGELOG.md')).toMatch(/VS Code for the Web/);
    });

    test('the README shows screenshots that exist and stay out of the .vsix', () => {
        const images = [...read('README.md').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(match => match[1]);
        expect(images.length).toBeGreaterThanOrEqual(3);
        for (const image of images) {
            expect(image, 'a relative path, for vsce to point at the repository').not.toMatch(/^\w+:/);
            expect(existsSync(join(extension, image)), image).toBe(true);
            expect(shipped(image), `${image} is not shipped`).toBe(false);
            expect(readFileSync(join(extension, image)).length, `${image} is small`).toBeLessThan(200_000);
        }
    });

    test('every contributed command is registered by the extension', () => {
        const registered = registeredCommands();
        const contributed = manifest.contributes.commands.map((command: { command: string }) => command.command);
        expect(contributed.filter((id: string) => !registered.has(id))).toEqual([]);
    });

    test('the walkthrough: new plan, a quick fix, the preview, a check-in, CI, each completed by its command', () => {
        const [walkthrough] = manifest.contributes.walkthroughs;
        const contributed = new Set(manifest.contributes.commands.map((command: { command: string }) => command.command));
        const steps = walkthrough.steps as Array<{ id: string; description: string; completionEvents: string[]; media: { markdown: string } }>;
        expect(steps.map(step => step.id)).toEqual(['newPlan', 'quickFix', 'preview', 'checkin', 'ci']);
        expect(steps.map(step => step.completionEvents)).toEqual([
            ['onCommand:smart.newPlan'],
            ['onCommand:smart.quickFixApplied'], // run by every SMART quick fix once applied (client-options.ts)
            ['onCommand:smart.openPreviewToSide'],
            ['onCommand:smart.recordCheckin'],
            ['onCommand:smart.addCiWorkflow']
        ]);
        for (const step of steps) {
            for (const event of step.completionEvents) {
                expect(contributed.has(event.replace(/^onCommand:/, '')), `${step.id}: ${event}`).toBe(true);
            }
            const buttons = [...step.description.matchAll(/\]\(command:([\w.]+)\)/g)].map(match => match[1]);
            expect(buttons.length, `${step.id} has a button`).toBe(1);
            expect(contributed.has(buttons[0]) || buttons[0].startsWith('workbench.'), `${step.id}: ${buttons[0]}`).toBe(true);
            expect(existsSync(join(extension, step.media.markdown)), step.media.markdown).toBe(true);
            expect(shipped(step.media.markdown), `${step.media.markdown} is shipped`).toBe(true);
        }
        expect(read('src/commands.ts')).toContain(`'${manifest.publisher}.${manifest.name}#${walkthrough.id}'`);
    });
});
