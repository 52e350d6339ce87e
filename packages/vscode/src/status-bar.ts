/**
 * The status bar item of the active plan: how many goals are on track, at risk and behind,
 * from the same `smart/preview` view model as the preview; the tooltip lists every goal.
 * When every check-in and review is dated after today (so no goal can be on track yet),
 * it says so instead, and its tooltip points to `smart.today`. Shown while a `.smart`
 * editor (or the preview beside it) has the focus; a click opens the preview to the side.
 */
import * as vscode from 'vscode';
import { escapeMarkdown, formatDate, plural, STATUS_WORDS, type GoalStatus, type PlanView } from '@smart-plan/language/protocol';
import { afterTodayNote } from '@smart-plan/preview';
import { isPlanDocument } from './client-options.js';
import type { PlanViewTracker, PlanViewUpdate } from './plan-view-tracker.js';

/** `2 on track · 1 at risk · 1 behind`, or `5 goals · all entries after today`: the words of the status bar item. */
export function summarizeGoals(view: PlanView): { onTrack: number; atRisk: number; behind: number; text: string } {
    const count = (status: GoalStatus) => view.goals.filter(goal => goal.status === status).length;
    const onTrack = count('on-track');
    const atRisk = count('at-risk');
    const behind = count('behind');
    const words = (status: GoalStatus) => STATUS_WORDS[status].words;
    const text = view.allAfterToday
        ? `${plural(view.goals.length, 'goal')} · all entries after today`
        : `${onTrack} ${words('on-track')} · ${atRisk} ${words('at-risk')} · ${behind} ${words('behind')}`;
    return { onTrack, atRisk, behind, text };
}

export function goalsTooltip(view: PlanView): vscode.MarkdownString {
    const lines = [`**${escapeMarkdown(view.header?.title ?? 'SMART plan')}**, as of ${formatDate(view.today)}`, ''];
    const note = afterTodayNote(view);
    if (note) {
        lines.push(`${escapeMarkdown(note.headline)} ${escapeMarkdown(note.detail)} Set \`${note.setting}\` in the settings to see it as of another day.`, '');
    }
    if (view.goals.length === 0) {
        lines.push('No goals yet.');
    }
    for (const goal of view.goals) {
        const progress = goal.progress === null ? '' : `, ${Math.round(goal.progress)}%`;
        lines.push(`- ${escapeMarkdown(goal.title)}: ${STATUS_WORDS[goal.status].words}${progress}`);
    }
    lines.push('', 'Click to open the preview to the side.');
    const tooltip = new vscode.MarkdownString(lines.join('\n'));
    tooltip.isTrusted = false;
    return tooltip;
}

export class PlanStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('smart.goals', vscode.StatusBarAlignment.Right, 100);
    private readonly disposables: vscode.Disposable[] = [this.item];
    private shown: PlanViewUpdate | undefined;

    constructor(tracker: PlanViewTracker) {
        this.item.name = 'SMART goals';
        this.item.command = { command: 'smart.openPreviewToSide', title: 'Open Preview to the Side' };
        this.disposables.push(
            tracker.onDidUpdate(update => this.render(update)),
            vscode.window.onDidChangeActiveTextEditor(() => this.updateVisibility())
        );
        if (tracker.latestUpdate) {
            this.render(tracker.latestUpdate);
        }
    }

    private render(update: PlanViewUpdate): void {
        this.shown = update;
        const { view } = update;
        if (!view) {
            this.item.hide();
            return;
        }
        const summary = summarizeGoals(view);
        this.item.text = `${view.allAfterToday ? '$(calendar)' : '$(checklist)'} ${summary.text}`;
        this.item.accessibilityInformation = { label: `SMART goals: ${summary.text.replaceAll('·', ',')}` };
        this.item.tooltip = goalsTooltip(view);
        this.item.backgroundColor = summary.behind > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
        this.updateVisibility();
    }

    private updateVisibility(): void {
        const active = vscode.window.activeTextEditor?.document;
        // No active text editor: the focus is in the preview or a panel; keep the item while the plan is open.
        const relevant = active === undefined ? this.shown?.document.isClosed === false : isPlanDocument(active) && active === this.shown?.document;
        if (this.shown?.view && relevant) {
            this.item.show();
        } else {
            this.item.hide();
        }
    }

    dispose(): void {
        for (const disposable of this.disposables) {
            disposable.dispose();
        }
    }
}
