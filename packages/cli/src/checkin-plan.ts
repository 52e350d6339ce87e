/**
 * Recording check-ins in a plan file, the one way `smart checkin` and `smart mcp`'s
 * check-in tool both write: the plan is read (its bytes kept, to refuse a plan changed on
 * disk meanwhile), loaded with its imports (for the goals they declare), the edits come
 * from the language package's checkinEdits (every entry checked first; any problem, no
 * edit), and the plan is written atomically, keeping a byte-order mark, unless it is only
 * asked what would change. A plan that is not a regular file, unreadable, not UTF-8 or
 * read-only is a CliError (atomic-write.ts); so is a write refused because the plan changed on disk.
 */
import { checkinEdits, firstSyntaxError, formatDay, visibleControlCharacters, type CheckinInput, type CheckinOutcome, type SmartServices } from '@smart-plan/language';
import { URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { writeFileAtomic } from './atomic-write.js';
import { BYTE_ORDER_MARK } from './plan-text.js';
import { loadPlanTexts, readImportFromDisk, readPlanSnapshot, type ImportReader } from './plan-workspace.js';

export interface PlanCheckin {
    outcome: CheckinOutcome;
    /** The plan's text as read (without a byte-order mark). */
    text: string;
    /** The text with the entries recorded; the same as `text` when there is a problem or nothing to change. */
    updated: string;
    /** Whether the plan was written. */
    written: boolean;
}

export interface CheckinOptions {
    /** Rewrite an entry of the same goal and date that has another value. */
    replace?: boolean;
    /** Write the plan (false: only work out what would change). */
    write: boolean;
    /** How the plan's imports are read (default: from disk). */
    readImport?: ImportReader;
}

/** Records `entries` in the plan at `path` (named `label` in messages), with `services` configured for it. */
export async function checkinPlanFile(path: string, label: string, entries: readonly CheckinInput[], services: SmartServices, options: CheckinOptions): Promise<PlanCheckin> {
    const snapshot = readPlanSnapshot(path, label);
    const { text, hadByteOrderMark } = snapshot;
    const { documents: [document] } = await loadPlanTexts([{ path, text }], options.readImport ?? readImportFromDisk, services, { validation: false });
    const outcome = await checkinEdits(services, document, entries, { replace: options.replace });
    if (outcome.problems.length > 0 || outcome.edits.length === 0) {
        return { outcome, text, updated: text, written: false };
    }
    const updated = TextDocument.applyEdits(document.textDocument as TextDocument, outcome.edits);
    if (!options.write) {
        return { outcome, text, updated, written: false };
    }
    assertStillParses(services, updated, label);
    writeFileAtomic(path, (hadByteOrderMark ? BYTE_ORDER_MARK : '') + updated, { unchangedSince: snapshot.read, label });
    return { outcome, text, updated, written: true };
}

/** `acme.smart: 2 added, 0 unchanged, 0 replaced`. */
export function checkinSummary(label: string, outcome: CheckinOutcome): string {
    return `${visibleControlCharacters(label)}: ${outcome.added} added, ${outcome.unchanged} unchanged, ${outcome.replaced} replaced`;
}

/** The date an entry without one is recorded on: the plan's today (`--today`, the configuration's, or the system date). */
export function defaultCheckinDate(services: SmartServices, path: string): string {
    return formatDay(services.config.ConfigProvider.configFor(URI.file(path)).today);
}

/** The edited plan must parse: a safety net, never expected to fail. */
function assertStillParses(services: SmartServices, text: string, label: string): void {
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///checked.smart'));
    const error = firstSyntaxError(document);
    if (error) {
        throw new Error(`recording check-ins in ${label} would leave a syntax error on line ${error.line + 1}; nothing was written`);
    }
}
