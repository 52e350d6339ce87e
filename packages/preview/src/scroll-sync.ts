/**
 * Scroll sync between the editor and the pane, as pure arithmetic over the page's
 * declarations (each with its source line, its top and its height, in page order): where
 * the pane scrolls to for an editor line, and which source line sits at the pane's top for
 * a scroll offset. Like VS Code's Markdown preview, both interpolate inside a declaration
 * by its share of the lines up to the next declaration. The page may order declarations
 * otherwise than the source (goals first): each is found by its line, not by its place.
 */
import { minOf } from '@smart-plan/language/protocol';

export interface Block {
    /** The declaration's 0-based source line. */
    line: number;
    /** Its top, in page pixels. */
    top: number;
    height: number;
}

/** The smallest declaration line after `line`, or undefined. */
function nextLine(blocks: readonly Block[], line: number): number | undefined {
    let next: number | undefined;
    for (const block of blocks) {
        if (block.line > line && (next === undefined || block.line < next)) {
            next = block.line;
        }
    }
    return next;
}

/** How far into a declaration `line` lies: 0 at its own line, 1 at the next declaration's. */
function share(blocks: readonly Block[], block: Block, line: number): number {
    const next = nextLine(blocks, block.line);
    return next === undefined ? 0 : Math.min(1, Math.max(0, (line - block.line) / (next - block.line)));
}

/** The page offset to scroll to for a source line: the declaration holding it (the latest declared at or before it), interpolated. */
export function offsetForLine(blocks: readonly Block[], line: number): number | undefined {
    let holder: Block | undefined;
    for (const block of blocks) {
        if (block.line <= line && (!holder || block.line > holder.line)) {
            holder = block;
        }
    }
    return holder && holder.top + share(blocks, holder, line) * holder.height;
}

/** How far below the offset (in pixels) a declaration may start and still count as at the top: scrolling rounds. */
const TOP_SLACK = 2;

/** The source line at a page offset: the declaration shown there (the last one starting above it), interpolated. */
export function lineAtOffset(blocks: readonly Block[], offset: number): number | undefined {
    let shown: Block | undefined;
    for (const block of blocks) {
        if (block.top <= offset + TOP_SLACK && (!shown || block.top >= shown.top)) {
            shown = block;
        }
    }
    if (!shown) {
        return blocks.length > 0 ? minOf(blocks.map(b => b.line)) : undefined;
    }
    // Within the slack of its top, the declaration's own line: a scroll rounded to whole pixels is not a fraction into it.
    const past = offset - shown.top;
    const into = shown.height > 0 && past > TOP_SLACK ? Math.min(1, past / shown.height) : 0;
    const next = nextLine(blocks, shown.line);
    return next === undefined ? shown.line : shown.line + into * (next - shown.line);
}
