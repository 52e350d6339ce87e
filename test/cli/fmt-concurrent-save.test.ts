// `smart fmt` on a plan saved by an editor while it was being formatted keeps the save and
// says so (it re-checks the bytes on disk before the atomic replace), instead of silently
// writing the formatted old text over it. The save is made from inside the formatter, so
// the race is hit every run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { scratch } from './scratch.js';

const during = vi.hoisted(() => ({ format: undefined as (() => void) | undefined }));

vi.mock('@smart-plan/language', async importOriginal => {
    const actual = await importOriginal<typeof import('@smart-plan/language')>();
    return { ...actual, formatPlan: (...args: Parameters<typeof actual.formatPlan>) => {
        during.format?.();
        return actual.formatPlan(...args);
    } };
});

const { runFmt } = await import('../../packages/cli/src/commands/fmt.js');

describe('smart fmt and a save made meanwhile', () => {
    test('the save is kept, the plan is reported, exit 1', async () => {
        const dir = scratch({ 'plan.smart': 'person p "P" { role "R" }\n', 'other.smart': 'person q "Q" { role "R" }\n' });
        const saved = 'person p "Saved by the editor" { role "R" }\n';
        during.format = () => {
            during.format = undefined;
            // writeFileSync truncates and writes in place, as an editor's save does.
            writeFileSync(join(dir, 'plan.smart'), saved);
        };
        const out: string[] = [];
        const err: string[] = [];
        const code = await runFmt(['plan.smart', 'other.smart'], { cwd: dir, stdout: text => out.push(text), stderr: text => err.push(text), isTTY: false, env: {} });
        expect(readFileSync(join(dir, 'plan.smart'), 'utf8')).toBe(saved);
        expect(err.join('')).toBe('smart: plan.smart: the file changed on disk since it was read; not overwriting it (run the command again)\n');
        expect(code).toBe(1);
        // The other plan is formatted as usual.
        expect(out.join('')).toBe('formatted other.smart\n');
        expect(readFileSync(join(dir, 'other.smart'), 'utf8')).toBe('person q "Q" {\n    role "R"\n}\n');
    });
});
