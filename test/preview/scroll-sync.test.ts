// Scroll sync's arithmetic: the source line at the pane's top, and the offset for an editor line.
import { describe, expect, test } from 'vitest';
import { lineAtOffset, offsetForLine } from '../../packages/preview/src/scroll-sync.js';

// Page order differs from source order (goals first): line 20 is drawn above line 10.
const blocks = [{ line: 20, top: 0.4, height: 300 }, { line: 10, top: 300.4, height: 200 }, { line: 30, top: 500.4, height: 100 }];

describe('scroll sync', () => {
    test('a declaration scrolled to the top reads as its own line, though scrolling rounds to whole pixels', () => {
        expect(lineAtOffset(blocks, 300)).toBe(10);
        expect(lineAtOffset(blocks, 301)).toBe(10);
        expect(lineAtOffset(blocks, 500)).toBe(30);
    });

    test('half-way through a declaration reads half-way to the next declared line', () => {
        expect(lineAtOffset(blocks, 0.4 + 150)).toBe(25); // 20 → 30
        expect(lineAtOffset(blocks, 300.4 + 100)).toBe(15); // 10 → 20
    });

    test('an editor line scrolls to its declaration, interpolated, and back again', () => {
        expect(offsetForLine(blocks, 15)).toBeCloseTo(400.4, 6);
        expect(lineAtOffset(blocks, offsetForLine(blocks, 25)!)).toBeCloseTo(25, 6);
        expect(offsetForLine(blocks, 5)).toBeUndefined();
    });
});
