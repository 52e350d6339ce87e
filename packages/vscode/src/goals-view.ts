/**
 * The SMART Goals view in the Explorer: the alignment tree of every plan the language
 * server has loaded (`smart/goals`), roots first and each goal under the goal it aligns
 * to, with a status icon coloured by the theme, progress and forecast in the description,
 * and the roll-up in the tooltip. Clicking a goal reveals it in its plan. It refreshes
 * when diagnostics change (a plan edited, a setting changed). Without any plan, the view's
 * welcome content offers New Plan.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    escapeMarkdown, formatNumber, formatPercent, formatRollup, GOALS_REQUEST, STATUS_WORDS, statusPhrase,
    type AlignmentNode, type GoalStatus, type GoalsResult
} from '@smart-plan/language/protocol';

/** The theme icon and colour of each status: colour by theme, with a shape that reads without it. */
const STATUS_ICONS: Readonly<Record<GoalStatus, [icon: string, color: string]>> = {
    'done': ['pass-filled', 'testing.iconPassed'],
    'on-track': ['circle-filled', 'testing.iconPassed'],
    'at-risk': ['warning', 'list.warningForeground'],
    'behind': ['arrow-down', 'list.errorForeground'],
    'missed': ['error', 'list.errorForeground'],
    'not-started': ['circle-outline', 'descriptionForeground'],
    'unknown': ['question', 'descriptionForeground']
};

export const GOALS_VIEW_ID = 'smart.goals';

export class GoalsView implements vscode.TreeDataProvider<AlignmentNode>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<AlignmentNode | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private readonly disposables: vscode.Disposable[] = [this.changed];
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly client: () => BaseLanguageClient, private readonly log: vscode.LogOutputChannel) {
        const view = vscode.window.createTreeView(GOALS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
        this.disposables.push(view, vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(uri => uri.path.endsWith('.smart'))) {
                this.refreshSoon();
            }
        }));
    }

    /** Reloads the tree (debounced: diagnostics of many plans arrive one by one). */
    refreshSoon(): void {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => this.changed.fire(undefined), 300);
    }

    async getChildren(node?: AlignmentNode): Promise<AlignmentNode[]> {
        if (node) {
            return node.children;
        }
        const client = this.client();
        if (!client.isRunning()) {
            return [];
        }
        try {
            const result = await client.sendRequest<GoalsResult>(GOALS_REQUEST);
            return result.tree;
        } catch (error) {
            this.log.warn(`the SMART Goals view could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
            return [];
        }
    }

    getTreeItem(node: AlignmentNode): vscode.TreeItem {
        const item = new vscode.TreeItem(node.title || node.goal, node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        const [icon, color] = STATUS_ICONS[node.status] ?? STATUS_ICONS.unknown;
        item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(color));
        item.id = `${node.file}#${node.goal}`;
        item.description = describe(node);
        item.tooltip = tooltip(node);
        item.accessibilityInformation = { label: `${node.title || node.goal}: ${STATUS_WORDS[node.status]?.words ?? node.status}${item.description ? `, ${item.description}` : ''}` };
        item.contextValue = 'smartGoal';
        const uri = vscode.Uri.parse(node.file);
        item.resourceUri = uri;
        item.command = {
            command: 'vscode.open',
            title: 'Reveal the goal',
            arguments: [uri, { selection: new vscode.Range(node.line, 0, node.line, 0), preview: true } satisfies vscode.TextDocumentShowOptions]
        };
        return item;
    }

    dispose(): void {
        clearTimeout(this.refreshTimer);
        for (const disposable of this.disposables) {
            disposable.dispose();
        }
    }
}

/** `45% · forecast 415`, what the description shows beside the title. */
function describe(node: AlignmentNode): string {
    const parts: string[] = [];
    if (node.progress !== null) {
        parts.push(formatPercent(node.progress));
    }
    if (node.forecast !== null) {
        parts.push(`forecast ${formatNumber(node.forecast)}`);
    }
    if (node.syntaxErrors) {
        parts.push('plan has syntax errors');
    }
    return parts.join(' · ');
}

function tooltip(node: AlignmentNode): vscode.MarkdownString {
    const rollup = formatRollup(node.rollup);
    const lines = [
        `**${escapeMarkdown(node.title || node.goal)}** (\`${escapeMarkdown(node.goal)}\`)`,
        '',
        `${statusPhrase(node.status)}${node.progress !== null ? ` · ${formatPercent(node.progress)}` : ''}`,
        ...(rollup ? ['', escapeMarkdown(rollup)] : []),
        ...(node.syntaxErrors ? ['', 'Its plan has syntax errors: the figures may be incomplete.'] : []),
        '',
        escapeMarkdown(vscode.workspace.asRelativePath(vscode.Uri.parse(node.file)))
    ];
    const markdown = new vscode.MarkdownString(lines.join('\n'));
    markdown.isTrusted = false;
    return markdown;
}

