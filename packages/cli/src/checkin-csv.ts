/**
 * Reading check-ins from a CSV file (RFC 4180, parsed by csv-parse): a header row naming
 * the columns `date`, `goal`, `value` and optionally `confidence` and `note`, in any
 * order, then one entry per row. A byte-order mark is dropped; CRLF and LF both end rows.
 * Every problem is one line `FILE.csv:LINE: problem`; the caller writes nothing when there
 * is any. The checks of the values themselves are the language's (checkinEdits).
 */
import { parse } from 'csv-parse/sync';
import { MAX_PLAN_BYTES, readRegularFile, UnreadableFileError, type CheckinInput } from '@smart-plan/language';
import { CliError } from './cli-error.js';

const REQUIRED = ['date', 'goal', 'value'] as const;
const OPTIONAL = ['confidence', 'note'] as const;
const KNOWN: readonly string[] = [...REQUIRED, ...OPTIONAL];

export interface CsvEntry {
    input: CheckinInput;
    /** The 1-based line of the row in the file. */
    line: number;
}

/** The rows of a check-in CSV file, or a CliError naming the file (and line) on the first problem with its shape. */
export function readCheckinCsv(path: string, label: string): CsvEntry[] {
    // A CSV file is refused before it is read when larger than a plan may be (100,000 rows are about 5 MB).
    let bytes: Buffer;
    try {
        bytes = readRegularFile(path, MAX_PLAN_BYTES);
    } catch (error) {
        if (error instanceof UnreadableFileError) {
            throw new CliError(`${label}: ${error.reason}${error.reason.startsWith('larger') ? '; split it into smaller files' : ''}`);
        }
        throw error;
    }
    let text: string;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new CliError(`${label}: not UTF-8 text: save it as UTF-8 CSV`);
    }
    return parseCheckinCsv(text, label);
}

export function parseCheckinCsv(text: string, label: string): CsvEntry[] {
    const body = text.replace(/^\uFEFF/, '');
    if (body.trim() === '') {
        throw new CliError(`${label}: the file is empty: expected a header row with the columns date, goal, value (and optionally confidence, note)`);
    }
    const headerLine = body.slice(0, body.search(/\r?\n|$/));
    if (!headerLine.includes(',')) {
        const separator = [';', '\t', '|'].find(candidate => headerLine.includes(candidate));
        if (separator) {
            throw new CliError(`${label}:1: the columns are separated by '${separator === '\t' ? 'tab' : separator}', not ',': save the file as comma-separated values`);
        }
    }
    let records: Array<{ record: string[]; info: { lines: number } }>;
    try {
        records = parse(body, { info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof records;
    } catch (error) {
        const { lines, message } = error as { lines?: number; message?: string };
        throw new CliError(`${label}:${lines ?? 1}: not valid CSV (${describeCsvError(message)})`);
    }
    const [header, ...rows] = records;
    const columns = header.record.map(name => name.trim().toLowerCase());
    for (const name of columns) {
        if (!KNOWN.includes(name)) {
            throw new CliError(`${label}:1: unknown column '${name}' (the columns are ${REQUIRED.join(', ')} and optionally ${OPTIONAL.join(', ')})`);
        }
    }
    for (const name of REQUIRED) {
        if (!columns.includes(name)) {
            throw new CliError(`${label}:1: missing column '${name}' (the columns are ${REQUIRED.join(', ')} and optionally ${OPTIONAL.join(', ')})`);
        }
    }
    const index = (name: string) => columns.indexOf(name);
    const cell = (row: string[], name: string) => {
        const at = index(name);
        return at < 0 ? undefined : row[at].trim();
    };
    return rows.map(({ record, info }) => {
        const confidence = cell(record, 'confidence');
        const note = cell(record, 'note');
        return {
            line: info.lines,
            input: {
                goal: cell(record, 'goal')!,
                date: cell(record, 'date')!,
                value: cell(record, 'value')!,
                ...(confidence ? { confidence } : {}),
                ...(note ? { note } : {})
            }
        };
    });
}

/** csv-parse's message without its own position and code (the line is given separately). */
function describeCsvError(message: string | undefined): string {
    return (message ?? 'unreadable').replace(/^Invalid Record Length: /, '').replace(/ at line \d+.*$/s, '').replace(/\.$/, '');
}
