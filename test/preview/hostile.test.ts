// Plan text is never markup: every string field of the view model (enums included, as an
// unvalidated view could hold them) filled with script, event-handler, javascript: and
// quote-breaking payloads, and the HTML body, the report and the Markdown stay inert.
import { describe, expect, test } from 'vitest';
import { PlanViewSchema } from '@smart-plan/language';
import { renderPlanBody, renderPlanMarkdown, renderReportHtml } from '../../packages/preview/src/index.js';
import { fullView } from './fixtures.js';
import { expectInert, hostileView, PAYLOADS, schemaStringPaths, viewStringPaths } from './hostile.js';

describe('the hostile-text fixture', () => {
    test('the full view is valid and holds every string field of the schema', () => {
        expect(PlanViewSchema.safeParse(fullView()).success).toBe(true);
        expect(viewStringPaths(fullView())).toEqual(schemaStringPaths());
    });

    test('every string of the hostile view is a payload', () => {
        const view = hostileView(fullView());
        const strings: string[] = [];
        JSON.stringify(view, (_key, value: unknown) => {
            if (typeof value === 'string') strings.push(value);
            return value;
        });
        expect(strings.length).toBeGreaterThan(50);
        expect(strings.every(s => PAYLOADS.includes(s))).toBe(true);
    });
});

describe.each(PAYLOADS.map((_, offset) => offset))('payloads in every field (rotation %i)', offset => {
    const view = hostileView(fullView(), PAYLOADS, offset);

    test('the pane body is inert', () => {
        const body = renderPlanBody(view);
        expectInert(body);
        expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    test('the HTML report is inert and keeps its strict CSP as its only policy', () => {
        const report = renderReportHtml(view);
        expectInert(report);
        expect(report.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
        expect(report.split('</head>')[0].match(/<title>/g)).toHaveLength(1);
        expect(report.match(/<style>/g)).toHaveLength(1);
        expect(report.match(/<\/style>/g)).toHaveLength(1);
    });

    test('the Markdown report holds no live HTML, no link but to its own headings, no code from the plan', () => {
        const markdown = renderPlanMarkdown(view);
        // The renderer's own: links to headings (their text escaped, their target a slug) and the note's two code spans.
        const own = markdown
            .replace(/\[((?:\\.|[^\\[\]])*)\]\(#[\p{L}\p{N}_-]+\)/gu, '$1')
            .replace('`smart.today`', '').replace('`smart report --today YYYY-MM-DD`', '');
        expect(own).not.toMatch(/(^|[^\\])</);
        expect(own).not.toMatch(/(^|[^\\])\[/);
        expect(own).not.toMatch(/(^|[^\\])`/);
        expect(own).not.toMatch(/(^|[^\\])\]\(/);
        expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    });
});

test('a hostile status or letter cannot become a class or attribute', () => {
    const view = fullView();
    (view.goals[0] as { status: string }).status = '" onclick="alert(1)';
    const body = renderPlanBody(view);
    expectInert(body);
    expect(body).toContain('sp-chip sp-chip-unknown');
});
