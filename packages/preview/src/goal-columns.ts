/**
 * The figure columns of the goals summary table, after the goal and its status, in the
 * pane and in the HTML and Markdown reports alike: one list, so every surface shows the
 * same figures in the same words. Each column gives plain text; the renderers escape it.
 */
import type { GoalView } from '@smart-plan/language/protocol';
import { formatLetters, formatPercent, formatValue, formatValuePair } from '@smart-plan/language/protocol';
import { deadlineText } from './labels.js';

export interface GoalColumn {
    heading: string;
    text(goal: GoalView): string;
}

export const GOAL_FIGURE_COLUMNS: readonly GoalColumn[] = [
    { heading: 'Actual / target', text: goal => formatValuePair(goal.actual, goal.target, goal.unit) },
    { heading: 'Progress', text: goal => formatPercent(goal.progress) },
    { heading: 'Forecast', text: goal => formatValue(goal.forecast, goal.unit) },
    { heading: 'Deadline', text: goal => deadlineText(goal) },
    { heading: 'SMART', text: goal => formatLetters(goal.letters) }
];
