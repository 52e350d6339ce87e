// Escaping: the html template escapes every interpolation but markup it built itself;
// escapeMarkdown makes plan text inert in Markdown.
import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '@smart-plan/language/protocol';
import { escapeHtml, html, lineAttribute, SafeHtml } from '../../packages/preview/src/escape.js';

describe('escapeHtml and html``', () => {
    test('escapes the five characters that matter in content and quoted attributes', () => {
        expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    });

    test('escapes text and numbers, keeps SafeHtml, flattens arrays, drops nothing-values', () => {
        const inner = html`<b>${'<i>'}</b>`;
        const out = html`<p title="${'" onclick="x'}">${[inner, ' & ', 3, null, undefined, false]}</p>`;
        expect(out).toBeInstanceOf(SafeHtml);
        expect(out.value).toBe('<p title="&quot; onclick=&quot;x"><b>&lt;i&gt;</b> &amp; 3</p>');
    });

    test('data-line only for a whole non-negative line number', () => {
        expect(lineAttribute(12).value).toBe(' data-line="12"');
        expect(lineAttribute(0).value).toBe(' data-line="0"');
        expect(lineAttribute(-1).value).toBe('');
        expect(lineAttribute(1.5).value).toBe('');
        expect(lineAttribute('3" onclick="x' as unknown as number).value).toBe('');
    });
});

describe('escapeMarkdown', () => {
    test('escapes table pipes, emphasis, code, links, tags and entities', () => {
        expect(escapeMarkdown('a | b')).toBe('a \\| b');
        expect(escapeMarkdown('*x* _y_ `z`')).toBe('\\*x\\* \\_y\\_ \\`z\\`');
        expect(escapeMarkdown('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
        expect(escapeMarkdown('<script>&amp;')).toBe('\\<script\\>\\&amp;');
        expect(escapeMarkdown('back\\slash # ~~strike~~')).toBe('back\\\\slash \\# \\~\\~strike\\~\\~');
    });

    test('folds line breaks so a cell stays on one line', () => {
        expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three');
    });

    test('leaves ordinary text readable', () => {
        expect(escapeMarkdown('Reach 22,000 USD (by Q4) - 21-day plan!')).toBe('Reach 22,000 USD (by Q4) - 21-day plan!');
    });
});
