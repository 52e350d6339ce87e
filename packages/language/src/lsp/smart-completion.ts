/**
 * Completion on top of Langium's grammar-driven proposals (keywords valid at the cursor,
 * references of the right kind only): dates where a date goes (today, end of this month,
 * end of this quarter, end of the plan period), and snippets for a whole goal, strategy,
 * tactic and journey step where such a declaration may start.
 */
import { AstUtils, GrammarAST, type MaybePromise } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import { isPlanFile, type PlanFile } from '../generated/ast.js';
import { endOfMonth, endOfQuarter, formatDay } from '../common/dates.js';
import type { SmartServices } from '../smart-module.js';

const SNIPPETS: Record<string, { label: string; detail: string; body: string }> = {
    goal: {
        label: 'goal (SMART goal)',
        detail: 'A goal with every SMART property',
        body: 'goal ${1:name} "${2:Title}" {\n    for ${3:avatar}\n    metric ${4:metric}\n    baseline ${5:0} on ${6:DATE}\n    benchmark ${7:0} by ${8:DATE}\n    target ${9:0} by ${10:DATE}\n    owner ${11:person}\n}'
    },
    strategy: {
        label: 'strategy (the message)',
        detail: 'What you say, and to whom',
        body: 'strategy ${1:name} "${2:Title}" {\n    serves ${3:goal}\n    audience ${4:avatar}\n    message "${5:What you say}"\n}'
    },
    tactic: {
        label: 'tactic (the medium)',
        detail: 'How the message is delivered',
        body: 'tactic ${1:name} "${2:Title}" {\n    executes ${3:strategy}\n    channel ${4:channel}\n    owner ${5:person}\n    budget ${6:0} per month\n}'
    },
    step: {
        label: 'step (buying journey)',
        detail: 'A step of the customer\'s buying process, with a marketing reaction',
        body: 'step ${1:name} "${2:What the customer does}" {\n    reaction ${3:tactic}\n}'
    }
};

export class SmartCompletionProvider extends DefaultCompletionProvider {
    private readonly smart: SmartServices;

    constructor(services: SmartServices) {
        super(services);
        this.smart = services;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'DATE') {
            this.completeDates(context, acceptor);
            return;
        }
        if (GrammarAST.isKeyword(next.feature) && Object.hasOwn(SNIPPETS, next.feature.value)) {
            const snippet = SNIPPETS[next.feature.value];
            acceptor(context, {
                label: snippet.label,
                kind: CompletionItemKind.Snippet,
                detail: snippet.detail,
                insertText: snippet.body,
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: `1${next.feature.value}`
            });
        }
        return super.completionFor(context, next, acceptor);
    }

    private completeDates(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const today = this.smart.config.ConfigProvider.configFor(context.document.uri).today;
        const plan = context.node ? AstUtils.getContainerOfType(context.node, isPlanFile) : context.document.parseResult.value as PlanFile;
        const dates: Array<[string, string]> = [
            [formatDay(today), 'today'],
            [formatDay(endOfMonth(today)), 'end of this month'],
            [formatDay(endOfQuarter(today)), 'end of this quarter']
        ];
        const periodEnd = plan?.header?.period[0]?.end;
        if (periodEnd) {
            dates.push([periodEnd, 'end of the plan period']);
        }
        dates.forEach(([date, detail], index) => acceptor(context, {
            label: date,
            detail,
            kind: CompletionItemKind.Constant,
            sortText: `0${index}`
        }));
    }
}
