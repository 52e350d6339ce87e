// The notice at the top of a report on a plan with syntax errors (the renderer's hook for
// `smart report`, which exits 1 then): the count, each error with its place, escaped.
import { describe, expect, test } from 'vitest';
import { renderPlanMarkdown, renderReportHtml } from '../../packages/preview/src/index.js';
import { fullView } from './fixtures.js';

const errors = [
    { line: 3, column: 6, message: "'review' is a reserved word, so it cannot name a goal: choose another name (e.g. 'reviewGoal')." },
    { line: 9, column: 1, message: 'Unexpected `<script>alert(1)</script>` *here*' }
];

describe('a report with syntax errors lists them first', () => {
    test('HTML: an alert before the plan, each error with its line and column, as text', () => {
        const page = renderReportHtml(fullView(), { syntaxErrors: errors });
        const notice = page.indexOf('<section class="sp-syntax-errors" role="alert">');
        expect(notice).toBeGreaterThan(page.indexOf('<body>'));
        expect(notice).toBeLessThan(page.indexOf('<div class="sp-report">'));
        expect(page).toContain('<h2>This plan has 2 syntax errors: the report shows only what parsed. Fix them and run the report again.</h2>');
        expect(page).toContain('<li><code>line 3, column 6</code>: &#39;review&#39; is a reserved word');
        expect(page).toContain('Unexpected `&lt;script&gt;alert(1)&lt;/script&gt;` *here*');
        expect(page).not.toContain('<script>');
        expect(page).toContain('.sp-syntax-errors {');
    });

    test('Markdown: a quoted notice under the title, escaped', () => {
        const markdown = renderPlanMarkdown(fullView(), { syntaxErrors: errors.slice(0, 1) });
        const lines = markdown.split('\n');
        expect(lines.slice(4, 8)).toEqual([
            '> **This plan has 1 syntax error: the report shows only what parsed. Fix it and run the report again.**',
            '>',
            "> - line 3, column 6: 'review' is a reserved word, so it cannot name a goal: choose another name (e.g. 'reviewGoal').",
            ''
        ]);
        expect(renderPlanMarkdown(fullView(), { syntaxErrors: errors })).toContain('> - line 9, column 1: Unexpected \\`\\<script\\>alert(1)\\</script\\>\\` \\*here\\*');
    });

    test('without syntax errors the reports are as before', () => {
        expect(renderReportHtml(fullView(), { syntaxErrors: [] })).toBe(renderReportHtml(fullView()));
        expect(renderPlanMarkdown(fullView(), {})).toBe(renderPlanMarkdown(fullView()));
        expect(renderReportHtml(fullView())).not.toContain('sp-syntax-errors');
    });
});
