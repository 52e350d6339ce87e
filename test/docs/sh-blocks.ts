/**
 * The commands of a Markdown file's fenced `sh` blocks, as the documentation test runs
 * them: one command per line (a line ending in `\` continues on the next), blank and
 * comment-only lines left out, and the command's trailing comment read for what the text
 * announces: `exits N` (the exit code it should have; without it, 0) or a comment starting
 * with `needs` (the network, VS Code, minutes: not run, and that is the reason shown).
 */

export interface DocCommand {
    /** 1-based line of the command in the Markdown file. */
    line: number;
    command: string;
    comment: string;
    expectedExit: number;
    /** Why the test does not run it; undefined when it runs. */
    skip?: string;
}

export interface DocBlock {
    /** 1-based line of the block's opening fence. */
    line: number;
    commands: DocCommand[];
}

/** The fenced ```sh blocks of a Markdown text. */
export function shBlocks(markdown: string): DocBlock[] {
    const lines = markdown.split('\n');
    const blocks: DocBlock[] = [];
    for (let index = 0; index < lines.length; index++) {
        if (lines[index].trim() !== '```sh') {
            continue;
        }
        const block: DocBlock = { line: index + 1, commands: [] };
        let pending: { line: number; text: string } | undefined;
        for (index++; index < lines.length && lines[index].trim() !== '```'; index++) {
            const text = lines[index];
            if (pending) {
                pending.text += `\n${text}`;
            } else if (text.trim() === '' || text.trim().startsWith('#')) {
                continue;
            } else {
                pending = { line: index + 1, text };
            }
            if (!text.endsWith('\\')) {
                block.commands.push(toCommand(pending.line, pending.text));
                pending = undefined;
            }
        }
        blocks.push(block);
    }
    return blocks;
}

function toCommand(line: number, text: string): DocCommand {
    const at = trailingCommentStart(text);
    const command = (at === undefined ? text : text.slice(0, at)).trim();
    const comment = at === undefined ? '' : text.slice(at + 1).trim();
    const exits = /\bexits (\d+)\b/.exec(comment);
    return {
        line,
        command,
        comment,
        expectedExit: exits ? Number(exits[1]) : 0,
        skip: /^needs\b/.test(comment) ? comment : undefined
    };
}

/** Where the shell comment of a command line starts: a `#` after a space, outside quotes. */
function trailingCommentStart(text: string): number | undefined {
    let quote: string | undefined;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (quote) {
            if (char === quote) {
                quote = undefined;
            } else if (char === '\\' && quote === '"') {
                index++;
            }
        } else if (char === '"' || char === "'") {
            quote = char;
        } else if (char === '\\') {
            index++;
        } else if (char === '#' && (index === 0 || /\s/.test(text[index - 1]))) {
            return index;
        }
    }
    return undefined;
}
