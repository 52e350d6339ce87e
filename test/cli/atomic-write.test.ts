// Files the tools write are replaced in one step, keep their mode, leave no temporary
// file behind, and are not replaced when they changed on disk since they were read.
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSnapshot, writeFileAtomic } from '../../packages/cli/src/atomic-write.js';
import { scratch } from './scratch.js';

describe('writeFileAtomic', () => {
    test('replaces the file, keeps its mode and leaves nothing else in the folder', () => {
        const dir = scratch({ 'plan.smart': 'old\n' });
        const path = join(dir, 'plan.smart');
        chmodSync(path, 0o640);
        writeFileAtomic(path, 'new\n', { unchangedSince: readSnapshot(path) });
        expect(readFileSync(path, 'utf8')).toBe('new\n');
        expect(statSync(path).mode & 0o777).toBe(0o640);
        expect(readdirSync(dir)).toEqual(['plan.smart']);
    });

    test('creates a new file', () => {
        const dir = scratch({});
        writeFileAtomic(join(dir, 'report.html'), '<p>hi</p>');
        expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('<p>hi</p>');
    });

    test('refuses to replace a file that changed on disk since it was read, and leaves it as it is', () => {
        const dir = scratch({ 'plan.smart': 'old\n' });
        const path = join(dir, 'plan.smart');
        const snapshot = readSnapshot(path);
        writeFileSync(path, 'saved by an editor meanwhile\n');
        expect(() => writeFileAtomic(path, 'new\n', { unchangedSince: snapshot, label: 'plan.smart' }))
            .toThrow('plan.smart: the file changed on disk since it was read; not overwriting it (run the command again)');
        expect(readFileSync(path, 'utf8')).toBe('saved by an editor meanwhile\n');
        expect(readdirSync(dir)).toEqual(['plan.smart']);
    });

    test('a write that cannot happen is one error naming the file, and the file is unchanged', () => {
        const dir = scratch({ 'plan.smart': 'old\n' });
        const path = join(dir, 'plan.smart');
        // A directory where the temporary file would go cannot be written when it is a file path.
        expect(() => writeFileAtomic(join(path, 'inside.smart'), 'x', { label: 'plan.smart/inside.smart' }))
            .toThrow(/^plan\.smart\/inside\.smart: cannot write the file \(ENOTDIR\); it is unchanged$/);
        expect(readFileSync(path, 'utf8')).toBe('old\n');
    });
});
