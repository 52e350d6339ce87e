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

    test('breaks what GitHub links after rendering with a word joiner: mentions, references, bare links', () => {
        const joiner = '\u2060';
        expect(escapeMarkdown('@octocat @acme/admins a@b.example')).toBe(`@${joiner}octocat @${joiner}acme/admins a@${joiner}b.example`);
        expect(escapeMarkdown('#123 GH-7 gh-8 issue#9')).toBe(`\\#${joiner}123 GH-${joiner}7 gh-${joiner}8 issue\\#${joiner}9`);
        expect(escapeMarkdown('https://e.example www.e.example')).toBe(`https:${joiner}//e.example www${joiner}.e.example`);
        // What is not a mention or a reference stays as written.
        expect(escapeMarkdown('a @ b, #x, 100% by 2027-Q4')).toBe('a @ b, \\#x, 100% by 2027-Q4');
    });

    test('shows control characters instead of passing them', () => {
        expect(escapeMarkdown('a\u001b]52;c;x\u0007b\u009bc\u202ed')).toBe('a\\\\x1B\\]52;c;x\\\\x07b\\\\x9Bc\\\\u202Ed');
    });
});

describe('SafeHtml, a rope', () => {
    test('a fragment under a megabyte is one string; a larger one keeps parts of about a megabyte and yields them in order', () => {
        const small = html`<p>${'x'.repeat(10)}</p>`;
        expect([...small.chunks()]).toEqual(['<p>xxxxxxxxxx</p>']);
        const cards = Array.from({ length: 3 }, (_, i) => html`<li>${String(i).repeat(400_000)}</li>`);
        const large = html`<ul>${cards}</ul>`;
        const chunks = [...large.chunks()];
        expect(chunks.length).toBeGreaterThan(1);
        expect(Math.max(...chunks.map(chunk => chunk.length))).toBeLessThan(2 * 2 ** 20);
        const many = html`<ul>${Array.from({ length: 6 }, () => large)}</ul>`;
        expect([...many.chunks()].length).toBeGreaterThan(6);
        expect(many.value).toBe(`<ul>${large.value.repeat(6)}</ul>`);
        expect(chunks.join('')).toBe(`<ul>${cards.map(card => card.value).join('')}</ul>`);
        expect(large.length).toBe(chunks.join('').length);
        expect(large.value).toBe(chunks.join(''));
    });
});
