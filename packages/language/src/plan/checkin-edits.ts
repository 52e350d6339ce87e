/**
 * The text edits that record measured values in a plan, shared by `smart checkin`, the
 * editor's Record Check-in request and the MCP server's check-in tool. Every entry is
 * checked first (the goal visible in the plan, the date, the value against the goal's
 * metric, the confidence, the note, no goal and date twice); with any problem there are no
 * edits. Each entry goes into the `checkin DATE { ... }` block of its date (dates compare
 * by meaning: `2027-03` is `2027-03-31`); a date without a block gets a new block, placed
 * so blocks stay in date order (at the end of the file when the plan has none). A touched
 * block is rewritten in the formatter's layout; every byte outside touched blocks stays as
 * it was, and new text uses the plan's line breaks. An entry equal to one already there
 * (same goal, date and value) is unchanged; the same goal and date with another value is a
 * problem unless `replace` is set, which rewrites it.
 */
import { URI, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import { confidenceProblem, dateProblem, entryText, goalNameProblem, noteProblem, valueProblem, type CheckinInput } from '../common/checkin-input.js';
import { toDay } from '../common/dates.js';
import { parseValue } from '../common/values.js';
import { isCheckin, isGoal, type Checkin, type CheckinEntry, type Goal, type PlanFile } from '../generated/ast.js';
import { formatPlan } from '../lsp/format-text.js';
import { firstSyntaxError } from '../parser/syntax-errors.js';
import type { SmartServices } from '../smart-module.js';

export interface CheckinProblem {
    /** Which input entry (0-based), or undefined for the plan as a whole. */
    entry?: number;
    message: string;
    /** For an entry given twice: the entry given first. */
    sameAs?: number;
    /** The goal already has another value on that date (`replace` would rewrite it). */
    conflict?: boolean;
}

export interface CheckinOutcome {
    /** Edits of the plan's text; none when there is a problem or nothing to change. */
    edits: TextEdit[];
    added: number;
    unchanged: number;
    replaced: number;
    problems: CheckinProblem[];
}

interface PlacedEntry {
    input: CheckinInput;
    day: number;
    /** An entry of the same goal and date already in the plan (the latest written one). */
    existing?: CheckinEntry;
}

/** The edits recording `entries` in the plan of `document` (parsed and linked, with its imports loaded). */
export async function checkinEdits(services: SmartServices, document: LangiumDocument, entries: readonly CheckinInput[], options: { replace?: boolean } = {}): Promise<CheckinOutcome> {
    const outcome: CheckinOutcome = { edits: [], added: 0, unchanged: 0, replaced: 0, problems: [] };
    const syntaxError = firstSyntaxError(document);
    if (syntaxError) {
        outcome.problems.push({ message: `the plan has syntax errors (first on line ${syntaxError.line + 1}): fix them before recording check-ins` });
        return outcome;
    }
    const plan = document.parseResult.value as PlanFile;
    const goals = visibleGoals(services, document);
    const blocksByDay = checkinBlocksByDay(plan);
    const placed: PlacedEntry[] = [];
    const seen = new Map<string, number>();
    entries.forEach((input, index) => {
        const problem = entryProblem(input, goals);
        if (problem) {
            outcome.problems.push({ entry: index, message: problem });
            return;
        }
        const day = toDay(input.date, 'end')!;
        const key = `${input.goal}|${day}`;
        const first = seen.get(key);
        if (first !== undefined) {
            outcome.problems.push({ entry: index, message: `goal '${input.goal}' on ${input.date} is given twice`, sameAs: first });
            return;
        }
        seen.set(key, index);
        const existing = latestEntry(blocksByDay.get(day) ?? [], input.goal);
        if (existing && !sameValue(existing.value, input.value) && !options.replace) {
            outcome.problems.push({ entry: index, message: `goal '${input.goal}' already has ${existing.value} on ${(existing.$container as Checkin).date}; give --replace to write ${input.value} instead`, conflict: true });
            return;
        }
        placed.push({ input, day, existing });
    });
    if (outcome.problems.length > 0) {
        return outcome;
    }
    const text = document.textDocument.getText();
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const newByDay = new Map<number, CheckinInput[]>();
    type BlockChange = { additions: CheckinInput[]; replacements: Map<CheckinEntry, CheckinInput> };
    const touched = new Map<Checkin, BlockChange>();
    const changeOf = (block: Checkin): BlockChange => {
        let change = touched.get(block);
        if (!change) {
            change = { additions: [], replacements: new Map() };
            touched.set(block, change);
        }
        return change;
    };
    for (const entry of placed) {
        if (entry.existing) {
            if (sameValue(entry.existing.value, entry.input.value)) {
                outcome.unchanged++;
                continue;
            }
            changeOf(entry.existing.$container as Checkin).replacements.set(entry.existing, entry.input);
            outcome.replaced++;
            continue;
        }
        outcome.added++;
        const block = blocksByDay.get(entry.day)?.[0];
        if (block) {
            changeOf(block).additions.push(entry.input);
        } else {
            const list = newByDay.get(entry.day) ?? [];
            list.push(entry.input);
            newByDay.set(entry.day, list);
        }
    }
    for (const [block, change] of touched) {
        outcome.edits.push({ range: block.$cstNode!.range, newText: withLineBreaks(await rewrittenBlock(services, block, change.additions, change.replacements), eol) });
    }
    for (const [day, inputs] of [...newByDay].sort(([a], [b]) => a - b)) {
        const at = newBlockPosition(document, plan, day);
        const block = newBlockText(inputs[0].date, inputs);
        outcome.edits.push({ range: { start: at.position, end: at.position }, newText: withLineBreaks(at.before ? `${block}\n\n` : `${at.separator}${block}${at.trailing}`, eol) });
    }
    return outcome;
}

/** The goals visible in the plan (its own and those of the plans it imports), by name. */
function visibleGoals(services: SmartServices, document: LangiumDocument): Map<string, Goal> {
    const documents = services.shared.workspace.LangiumDocuments;
    const locator = services.workspace.AstNodeLocator;
    const goals = new Map<string, Goal>();
    for (const [name, description] of services.references.ScopeProvider.visibleNames(document)) {
        if (description.type !== 'Goal') {
            continue;
        }
        const home = documents.getDocument(description.documentUri);
        const node = home && locator.getAstNode(home.parseResult.value, description.path);
        if (isGoal(node)) {
            goals.set(name, node);
        }
    }
    return goals;
}

function entryProblem(input: CheckinInput, goals: Map<string, Goal>): string | undefined {
    const named = goalNameProblem(input.goal);
    if (named) {
        return named;
    }
    const goal = goals.get(input.goal);
    if (!goal) {
        return `no goal '${input.goal}' is declared in the plan or in a plan it imports`;
    }
    return dateProblem(input.date)
        ?? valueProblem(input.value, goal.metric[0]?.ref?.unit)
        ?? (input.confidence !== undefined ? confidenceProblem(input.confidence) : undefined)
        ?? (input.note !== undefined ? noteProblem(input.note) : undefined);
}

/** The plan's check-in blocks with a real date, by day, in document order. */
function checkinBlocksByDay(plan: PlanFile): Map<number, Checkin[]> {
    const byDay = new Map<number, Checkin[]>();
    for (const declaration of plan.declarations) {
        const day = isCheckin(declaration) ? toDay(declaration.date, 'end') : undefined;
        if (day !== undefined && isCheckin(declaration)) {
            const list = byDay.get(day) ?? [];
            list.push(declaration);
            byDay.set(day, list);
        }
    }
    return byDay;
}

/** The last written entry of the goal in these blocks: the one that counts. */
function latestEntry(blocks: Checkin[], goal: string): CheckinEntry | undefined {
    let latest: CheckinEntry | undefined;
    for (const block of blocks) {
        for (const entry of block.entries) {
            if (entry.goal?.$refText === goal) {
                latest = entry;
            }
        }
    }
    return latest;
}

/** Same value: the same number and the same `%` (`150` and `150.0` are one value). */
function sameValue(written: string | undefined, given: string): boolean {
    const a = parseValue(written);
    const b = parseValue(given);
    return a !== undefined && b !== undefined && a.amount === b.amount && a.percent === b.percent;
}

/** A check-in block with its new and replaced entries, in the formatter's layout. */
async function rewrittenBlock(services: SmartServices, block: Checkin, additions: CheckinInput[], replacements: Map<CheckinEntry, CheckinInput>): Promise<string> {
    const cst = block.$cstNode!;
    let text = cst.text;
    // Replacements from the end, so earlier offsets stay valid.
    const replaced = [...replacements].sort(([a], [b]) => b.$cstNode!.offset - a.$cstNode!.offset);
    for (const [entry, input] of replaced) {
        const start = entry.$cstNode!.offset - cst.offset;
        const line = entryText({ goal: input.goal, value: input.value, confidence: input.confidence ?? entry.confidence, note: input.note ?? entry.note });
        text = `${text.slice(0, start)}${line}${text.slice(start + entry.$cstNode!.length)}`;
    }
    if (additions.length > 0) {
        const close = text.lastIndexOf('}');
        text = `${text.slice(0, close)}\n${additions.map(entryText).join('\n')}\n${text.slice(close)}`;
    }
    // The block alone is a plan of its own: format it as `smart fmt` would.
    const standalone = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///checkin-block.smart'));
    const formatted = await formatPlan(services, standalone);
    if (!formatted.ok) {
        throw new Error(`a rewritten check-in block does not parse: ${formatted.reason}`);
    }
    return formatted.text.replace(/\r?\n$/, '');
}

function newBlockText(date: string, inputs: CheckinInput[]): string {
    return `checkin ${date} {\n${inputs.map(input => `    ${entryText(input)}`).join('\n')}\n}`;
}

/**
 * Where a new block of this day goes: after the block of the latest date before it (and
 * after a comment ending that block's line), else before the first block, else at the end
 * of the file (after a blank line).
 */
function newBlockPosition(document: LangiumDocument, plan: PlanFile, day: number): { position: Range['start']; before: boolean; separator: string; trailing: string } {
    const blocks = plan.declarations.filter(isCheckin).filter(block => toDay(block.date, 'end') !== undefined && block.$cstNode);
    let previous: Checkin | undefined;
    for (const block of blocks) {
        const blockDay = toDay(block.date, 'end')!;
        if (blockDay < day && (!previous || blockDay >= toDay(previous.date, 'end')!)) {
            previous = block;
        }
    }
    if (previous) {
        return { position: endOfBlockLine(document, previous), before: false, separator: '\n\n', trailing: '' };
    }
    if (blocks.length > 0) {
        return { position: blocks[0].$cstNode!.range.start, before: true, separator: '', trailing: '' };
    }
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const trimmed = text.replace(/\s+$/, '');
    if (trimmed.length === 0) {
        return { position: end, before: false, separator: '', trailing: '\n' };
    }
    // After the last non-blank character: one blank line, the block, one line break.
    return { position: document.textDocument.positionAt(trimmed.length), before: false, separator: '\n\n', trailing: text.length > trimmed.length ? '' : '\n' };
}

/** The end of a block, or of its line when only a comment follows it there. */
function endOfBlockLine(document: LangiumDocument, block: Checkin): Range['start'] {
    const text = document.textDocument.getText();
    const end = block.$cstNode!.end;
    const lineBreak = text.slice(end).search(/\r\n|\r|\n/);
    const rest = lineBreak < 0 ? text.slice(end) : text.slice(end, end + lineBreak);
    return document.textDocument.positionAt(/^\s*(\/\/.*)?$/.test(rest) ? end + rest.length : end);
}

function withLineBreaks(text: string, eol: string): string {
    return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}
