/**
 * Terminal colour for the CLI's human-readable formats: the ANSI colour functions, each
 * the identity when colour is off, and the rule that turns colour on — a terminal, and
 * no NO_COLOR in the environment (https://no-color.org). Also the guard of text bound for
 * a terminal: control characters made visible (the language's visibleControlCharacters).
 */
import { visibleControlCharacters } from '@smart-plan/language';
import type { CommandContext } from './command-context.js';

export type Paint = (text: string) => string;

export interface Palette {
    bold: Paint;
    dim: Paint;
    underline: Paint;
    red: Paint;
    green: Paint;
    yellow: Paint;
    blue: Paint;
}

/** Whether a command's output is coloured: only on a terminal, and not under NO_COLOR. */
export function colorEnabled(context: Pick<CommandContext, 'isTTY' | 'env'>): boolean {
    return context.isTTY && !('NO_COLOR' in context.env);
}

/** The colour functions; with `enabled` false each returns its text unchanged. */
export function palette(enabled: boolean): Palette {
    const paint = (code: number): Paint => text => enabled ? `\u001b[${code}m${text}\u001b[0m` : text;
    return { bold: paint(1), dim: paint(2), underline: paint(4), red: paint(31), green: paint(32), yellow: paint(33), blue: paint(34) };
}

/** Text of several lines for a terminal: line breaks kept, every other control character made visible. */
export function terminalLines(text: string): string {
    return visibleControlCharacters(text, '\n');
}
