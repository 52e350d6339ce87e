// How the documentation test reads a fenced sh block: commands, their announced exit
// codes and the `needs ...` comments that keep a command from running.
import { describe, expect, test } from 'vitest';
import { shBlocks } from './sh-blocks.js';

const markdown = [
    'Text with `inline code`.',
    '',
    '```sh',
    '# a comment line',
    'npx smart lint examples      # exits 1: examples/faulty fails on purpose',
    "echo '# not a comment' > notes.txt",
    'git config diff.smart.command "node_modules/.bin/smart diff --git"   # or "smart-plan diff --git"',
    'npm install     # needs the network',
    'sed -e s/a/b/ \\',
    '    plan.smart > out.smart   # two lines, one command',
    '```',
    '',
    '```yaml',
    'run: not a shell block',
    '```'
].join('\n');

describe('shBlocks', () => {
    const [block, ...others] = shBlocks(markdown);

    test('only sh blocks, each with its line', () => {
        expect(others).toEqual([]);
        expect(block.line).toBe(3);
    });

    test('commands with their line, announced exit code and skip reason; quotes and continuations kept', () => {
        expect(block.commands.map(({ line, command, expectedExit, skip }) => ({ line, command, expectedExit, skip }))).toEqual([
            { line: 5, command: 'npx smart lint examples', expectedExit: 1, skip: undefined },
            { line: 6, command: "echo '# not a comment' > notes.txt", expectedExit: 0, skip: undefined },
            { line: 7, command: 'git config diff.smart.command "node_modules/.bin/smart diff --git"', expectedExit: 0, skip: undefined },
            { line: 8, command: 'npm install', expectedExit: 0, skip: 'needs the network' },
            { line: 9, command: 'sed -e s/a/b/ \\\n    plan.smart > out.smart', expectedExit: 0, skip: undefined }
        ]);
    });
});
