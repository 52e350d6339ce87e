/**
 * SMART: Record Check-in…: pick a goal (each shown with its status and latest value), type
 * its measured value (checked as you type, as `smart checkin` checks it), the date (today
 * by default), an optional note and confidence; the language server computes the edit with
 * the function `smart checkin` writes with (`smart/checkin`), and it is applied as one
 * undoable edit of the plan. Another value on that goal and date asks before replacing it.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    CHECKIN_REQUEST, CONFIDENCES, dateProblem, formatValue, noteProblem, statusPhrase, valueProblem,
    type CheckinInput, type CheckinParams, type CheckinResult, type GoalView
} from '@smart-plan/language/protocol';
import { requestPlanView } from './plan-view-request.js';

interface GoalItem extends vscode.QuickPickItem {
    goal: GoalView;
}

/** Records one check-in in the plan; returns what the server counted, or undefined when cancelled. */
export async function recordCheckin(client: BaseLanguageClient, document: vscode.TextDocument): Promise<CheckinResult | undefined> {
    const view = await requestPlanView(client, document);
    if (!view || view.goals.length === 0) {
        void vscode.window.showInformationMessage('SMART: this plan has no goals to check in on.');
        return undefined;
    }
    const picked = await vscode.window.showQuickPick<GoalItem>(view.goals.map(goal => ({
        goal,
        label: goal.title || goal.name,
        description: goal.name,
        detail: `${statusPhrase(goal.status)} · latest ${formatValue(goal.actual, goal.unit)}`
    })), { title: 'SMART: Record Check-in (1/4): goal', placeHolder: 'The goal you measured', matchOnDescription: true, matchOnDetail: true });
    if (!picked) {
        return undefined;
    }
    const { goal } = picked;
    const value = await vscode.window.showInputBox({
        title: `SMART: Record Check-in (2/4): ${goal.title || goal.name}`,
        prompt: `The measured value${goal.unit ? ` (${goal.unit})` : ''}, as a plan writes it: 150, 12.5 or 7.5%`,
        validateInput: text => valueProblem(text.trim(), goal.unit)
    });
    if (value === undefined) {
        return undefined;
    }
    const date = await vscode.window.showInputBox({
        title: 'SMART: Record Check-in (3/4): date',
        prompt: 'The day it was measured (YYYY-MM-DD, YYYY-MM or YYYY-Qn)',
        value: view.today,
        validateInput: text => dateProblem(text.trim())
    });
    if (date === undefined) {
        return undefined;
    }
    const note = await vscode.window.showInputBox({
        title: 'SMART: Record Check-in (4/4): note and confidence',
        prompt: 'A note (optional): what moved the number',
        validateInput: text => noteProblem(text)
    });
    if (note === undefined) {
        return undefined;
    }
    const confidence = await vscode.window.showQuickPick(['none', ...CONFIDENCES], { title: 'SMART: Record Check-in: confidence', placeHolder: 'How sure is the value?' });
    if (confidence === undefined) {
        return undefined;
    }
    const entry: CheckinInput = {
        goal: goal.name,
        date: date.trim(),
        value: value.trim(),
        ...(note.trim() !== '' ? { note: note.trim() } : {}),
        ...(confidence !== 'none' ? { confidence } : {})
    };
    let result = await requestCheckin(client, document, entry, false);
    const conflict = result.problems.find(problem => problem.conflict);
    if (conflict && result.problems.length === 1) {
        const current = goal.checkins.find(checkin => checkin.date === entry.date);
        const replace = await vscode.window.showWarningMessage(`${goal.title || goal.name} already has ${current ? formatValue(current.value, goal.unit) : 'another value'} on ${entry.date}. Replace it with ${entry.value}?`, { modal: true }, 'Replace');
        if (replace !== 'Replace') {
            return undefined;
        }
        result = await requestCheckin(client, document, entry, true);
    }
    if (result.problems.length > 0) {
        void vscode.window.showErrorMessage(`SMART: ${result.problems.map(problem => problem.message).join('; ')}`);
        return result;
    }
    if (result.edits.length > 0) {
        const edit = new vscode.WorkspaceEdit();
        edit.set(document.uri, result.edits.map(({ range, newText }) => new vscode.TextEdit(
            new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character), newText)));
        await vscode.workspace.applyEdit(edit);
    }
    vscode.window.setStatusBarMessage(`SMART: ${result.unchanged > 0 ? 'already recorded' : 'recorded'} ${entry.goal} ${entry.value} on ${entry.date}`, 5000);
    return result;
}

async function requestCheckin(client: BaseLanguageClient, document: vscode.TextDocument, entry: CheckinInput, replace: boolean): Promise<CheckinResult> {
    const params: CheckinParams = { uri: client.code2ProtocolConverter.asUri(document.uri), entries: [entry], replace };
    return client.sendRequest<CheckinResult>(CHECKIN_REQUEST, params);
}
