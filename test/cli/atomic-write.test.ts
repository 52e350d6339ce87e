// Files the tools write are replaced in one step, keep their mode, leave no temporary
// file behind, and are not replaced when they changed on disk since they were read.
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
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

    test('createOnly never replaces a file, also a dangling link', () => {
        const dir = scratch({ 'plan.smart': 'mine\n' });
        expect(() => writeFileAtomic(join(dir, 'plan.smart'), 'new\n', { createOnly: true, label: 'plan.smart' })).toThrow('plan.smart already exists; not overwriting it');
        symlinkSync('nowhere.smart', join(dir, 'dangling.smart'));
        expect(() => writeFileAtomic(join(dir, 'dangling.smart'), 'new\n', { createOnly: true, label: 'dangling.smart' })).toThrow('dangling.smart already exists; not overwriting it');
        writeFileAtomic(join(dir, 'fresh.smart'), 'new\n', { createOnly: true });
        expect(readFileSync(join(dir, 'fresh.smart'), 'utf8')).toBe('new\n');
        expect(readFileSync(join(dir, 'plan.smart'), 'utf8')).toBe('mine\n');
        expect(readdirSync(dir).sort()).toEqual(['dangling.smart', 'fresh.smart', 'plan.smart']);
    });

    test('a read-only file is not replaced; a linked file is written through its link, which stays', () => {
        const dir = scratch({ 'ro.smart': 'old\n', 'real/plan.smart': 'old\n' });
        chmodSync(join(dir, 'ro.smart'), 0o444);
        expect(() => writeFileAtomic(join(dir, 'ro.smart'), 'new\n', { label: 'ro.smart' })).toThrow('ro.smart: the file is read-only; not overwriting it');
        expect(readFileSync(join(dir, 'ro.smart'), 'utf8')).toBe('old\n');
        symlinkSync('real/plan.smart', join(dir, 'alias.smart'));
        writeFileAtomic(join(dir, 'alias.smart'), 'new\n', { unchangedSince: readSnapshot(join(dir, 'alias.smart')) });
        expect(lstatSync(join(dir, 'alias.smart')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(dir, 'real/plan.smart'), 'utf8')).toBe('new\n');
    });

    test('pieces are written in order; a snapshot of a FIFO is refused at once', () => {
        const dir = scratch({});
        writeFileAtomic(join(dir, 'report.md'), ['# one', '\n', 'two\n']);
        expect(readFileSync(join(dir, 'report.md'), 'utf8')).toBe('# one\ntwo\n');
        execFileSync('mkfifo', [join(dir, 'pipe.smart')]);
        expect(() => readSnapshot(join(dir, 'pipe.smart'), 'pipe.smart')).toThrow('pipe.smart: not a regular file');
    });
});
