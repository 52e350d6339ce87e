/**
 * Completion on top of Langium's grammar-driven proposals (keywords valid at the cursor,
 * references of the right kind only): dates where a date goes (today, end of this month,
 * end of this quarter, end of the plan period), and snippets for a whole plan header,
 * goal, strategy, tactic, journey, journey step, check-in and review where such a
 * declaration may start (never inside another block). Completion opens by itself after a
 * space that follows a keyword naming a reference (`executes `, `owner `, ...); each
 * proposed element shows its title, and its documentation says what it is (a goal's
 * status, a strategy's message).
 */
import type { AstNodeDescription, LangiumDocument, MaybePromise, ReferenceInfo } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind, CompletionList, CompletionTriggerKind, InsertTextFormat, type CancellationToken, type CompletionParams } from 'vscode-languageserver';
import { endOfMonth, endOfQuarter, formatDay } from '../common/dates.js';
import { escapeMarkdown } from '../common/markdown.js';
import { kindWord, statusPhrase } from '../common/vocabulary.js';
import { isAvatar, isGoal, isMetric, isNeed, isPerson, isPlanFile, isSkill, isStrategy, isTactic, type PlanFile } from '../generated/ast.js';
import { formatStanding } from '../plan/plan-insight.js';
import type { SmartServices } from '../smart-module.js';

/** The keywords after which a reference is written: typing a space after one opens completion. */
export const REFERENCE_KEYWORDS = ['executes', 'owner', 'for', 'audience', 'serves', 'addresses', 'aligns', 'about', 'coach', 'metric', 'reaction', 'attendee', 'supports', 'moves'] as const;

const AFTER_REFERENCE_KEYWORD = new RegExp(`(?:^|[\\s{,])(?:${REFERENCE_KEYWORDS.join('|')}) $`);

interface Snippet {
    label: string;
    detail: string;
    body: (dates: SnippetDates) => string;
}

interface SnippetDates {
    today: string;
    yearStart: string;
    yearEnd: string;
}

/** Snippets by the grammar rule and keyword a declaration starts with, so a `review` cadence inside a goal gets none. */
const SNIPPETS: Record<string, Snippet> = {
    'PlanHeader:plan': {
        label: 'plan (plan header)',
        detail: 'The plan header: title, owner, period, review cadence and currency',
        body: d => `plan "\${1:Marketing plan}" {\n    owner \${2:person}\n    period \${3:${d.yearStart}} to \${4:${d.yearEnd}}\n    review every \${5:2} \${6|weeks,months,quarters|}\n    currency \${7:USD}\n}`
    },
    'Goal:goal': {
        label: 'goal (SMART goal)',
        detail: 'A goal with every SMART property',
        body: () => 'goal ${1:name} "${2:Title}" {\n    for ${3:avatar}\n    metric ${4:metric}\n    baseline ${5:0} on ${6:DATE}\n    benchmark ${7:0} by ${8:DATE}\n    target ${9:0} by ${10:DATE}\n    owner ${11:person}\n}'
    },
    'Strategy:strategy': {
        label: 'strategy (the message)',
        detail: 'What you say, and to whom',
        body: () => 'strategy ${1:name} "${2:Title}" {\n    serves ${3:goal}\n    audience ${4:avatar}\n    message "${5:What you say}"\n}'
    },
    'Tactic:tactic': {
        label: 'tactic (the medium)',
        detail: 'How the message is delivered',
        body: () => 'tactic ${1:name} "${2:Title}" {\n    executes ${3:strategy}\n    channel ${4:channel}\n    owner ${5:person}\n    budget ${6:0} per month\n}'
    },
    'Journey:journey': {
        label: 'journey (buying journey)',
        detail: 'The buying journey of an avatar, with its first step',
        body: () => 'journey ${1:name} for ${2:avatar} {\n    step ${3:aware} "${4:Notices the problem}" {\n        reaction ${5:tactic}\n    }\n}'
    },
    'Step:step': {
        label: 'step (buying journey)',
        detail: 'A step of the customer\'s buying process, with a marketing reaction',
        body: () => 'step ${1:name} "${2:What the customer does}" {\n    reaction ${3:tactic}\n}'
    },
    'Checkin:checkin': {
        label: 'checkin (measured progress)',
        detail: 'The measured value of goals on a date',
        body: d => `checkin \${1:${d.today}} {\n    \${2:goal} \${3:0} confidence \${4|high,medium,low|} "\${5:note}"\n}`
    },
    'Review:review': {
        label: 'review (a review session held)',
        detail: 'A review session, with its attendees and decisions',
        body: d => `review \${1:${d.today}} "\${2:Monthly review}" {\n    attendee \${3:person}\n    decision "\${4:What was decided}"\n}`
    }
};

export class SmartCompletionProvider extends DefaultCompletionProvider {
    private readonly smart: SmartServices;

    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [' '] };

    constructor(services: SmartServices) {
        super(services);
        this.smart = services;
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        if (params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && !this.afterReferenceKeyword(document, params)) {
            return CompletionList.create([], false);
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /** Whether the space just typed follows a reference keyword, outside comments and quoted texts. */
    private afterReferenceKeyword(document: LangiumDocument, params: CompletionParams): boolean {
        const line = document.textDocument.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
        const code = line.replace(/"(\\.|[^"\\])*"/g, '""');
        return !code.includes('"') && !code.includes('//') && !code.includes('/*') && AFTER_REFERENCE_KEYWORD.test(code);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'DATE') {
            this.completeDates(context, acceptor);
            return;
        }
        if (GrammarAST.isKeyword(next.feature)) {
            const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule)?.name;
            const snippet = SNIPPETS[`${rule}:${next.feature.value}`];
            if (snippet) {
                acceptor(context, {
                    label: snippet.label,
                    kind: CompletionItemKind.Snippet,
                    detail: snippet.detail,
                    insertText: snippet.body(this.snippetDates(context)),
                    insertTextFormat: InsertTextFormat.Snippet,
                    sortText: `1${next.feature.value}`
                });
            }
        }
        return super.completionFor(context, next, acceptor);
    }

    /** An element proposed for a reference: its name, its kind and title beside it, and what it is. */
    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const title = (nodeDescription.node as { title?: unknown } | undefined)?.title;
        const kind = kindWord(nodeDescription.type);
        const documentation = this.describe(nodeDescription);
        return {
            ...item,
            detail: typeof title === 'string' && title !== '' ? title : kind,
            labelDetails: { description: typeof title === 'string' && title !== '' ? `${kind} · ${title}` : kind },
            documentation: documentation ? { kind: 'markdown', value: documentation } : item.documentation
        };
    }

    /** What a proposed element is, in a line or two of Markdown: a goal's standing, a strategy's message, ... */
    private describe(description: AstNodeDescription): string | undefined {
        const node = description.node;
        const heading = (title: string | undefined) => `**${kindWord(description.type)}** \`${description.name}\`${title ? ` — ${escapeMarkdown(title)}` : ''}`;
        if (isGoal(node)) {
            const insight = this.smart.plan.PlanInsight.goal(node);
            return insight ? `${heading(node.title)}\n\n${statusPhrase(insight.progress.status)} · ${formatStanding(insight.facts, insight.progress)}` : heading(node.title);
        }
        if (isStrategy(node)) {
            return `${heading(node.title)}${node.message[0] ? `\n\n“${escapeMarkdown(node.message[0])}”` : ''}`;
        }
        if (isPerson(node)) {
            return `${heading(node.title)}${node.roles.length > 0 ? `\n\n${node.roles.map(escapeMarkdown).join(' · ')}` : ''}`;
        }
        if (isAvatar(node)) {
            return `${heading(node.title)}${node.segment[0] ? `\n\n${escapeMarkdown(node.segment[0])}` : ''}`;
        }
        if (isNeed(node)) {
            return `${heading(node.title)}${isAvatar(node.$container) ? `\n\nA need of ${escapeMarkdown(node.$container.title)}` : ''}`;
        }
        if (isTactic(node)) {
            const facts = [node.channel[0] && `channel ${node.channel[0]}`, node.owner[0]?.ref && `owner ${node.owner[0].ref.title}`].filter(Boolean).map(t => escapeMarkdown(t as string));
            return `${heading(node.title)}${facts.length > 0 ? `\n\n${facts.join(' · ')}` : ''}`;
        }
        if (isMetric(node)) {
            return `${heading(node.title)}${node.unit ? `\n\nMeasured in ${escapeMarkdown(node.unit)}` : ''}`;
        }
        if (isSkill(node)) {
            return `${heading(node.title)}${node.coach[0]?.ref ? `\n\nCoached by ${escapeMarkdown(node.coach[0].ref.title)}` : ''}`;
        }
        return undefined;
    }

    private snippetDates(context: CompletionContext): SnippetDates {
        const today = formatDay(this.smart.config.ConfigProvider.configFor(context.document.uri).today);
        return { today, yearStart: `${today.slice(0, 4)}-01-01`, yearEnd: `${today.slice(0, 4)}-12-31` };
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
