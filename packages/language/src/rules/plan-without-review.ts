/** `plan-without-review` (R): a plan builds in review sessions with a cadence. */
import { AstUtils } from 'langium';
import * as ast from '../generated/ast.js';
import { addPropertyLine } from '../lsp/text-edits.js';
import { fixOf } from './support/fix-support.js';
import { createRule } from './support/rule.js';

export default createRule({
    meta: {
        id: 'plan-without-review', letter: 'R', severity: 'warning',
        summary: "A file with a plan header has no 'review every' cadence.",
        fix: "Add 'review every 2 weeks' (or another cadence) to the plan header.",
        example: `plan "Acme 2027" {
    period 2027-01-01 to 2027-12-31
}`
    },
    create: () => ({
        PlanHeader: (header, report) => {
            if (header.cadence.length === 0) {
                report(`Plan "${header.title}" has no review cadence: add 'review every 2 weeks' (or another rhythm) to build in review sessions.`, { node: header, keyword: 'plan' });
            }
        }
    }),
    quickFixes: ({ document, plan, node }) => {
        const header = AstUtils.getContainerOfType(node, ast.isPlanHeader) ?? plan.header;
        return header ? fixOf("Review the plan every 2 weeks ('review every 2 weeks')", addPropertyLine(document, header, 'review every 2 weeks')) : [];
    }
});
