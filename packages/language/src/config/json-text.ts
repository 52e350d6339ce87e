/**
 * Configuration-like JSON as text: parsed strictly (RFC 8259, as JSON.parse reads it), and
 * when it is not JSON, where it first goes wrong and what was expected there, without
 * quoting the text (a configuration that is a link to a file of secrets must not print
 * them). Every problem is a ConfigError naming the file. Browser-safe.
 */
import { describePosition } from '../workspace/utf8-text.js';
import { ConfigError } from './config-error.js';

/** The parsed JSON of a text (a leading byte-order mark ignored); a position-only ConfigError when it is not JSON. */
export function parseJsonText(text: string, label: string, shape?: string): unknown {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    } catch {
        const found = jsonErrorAt(body);
        const where = found ? ` (${describePosition(body, found.offset)}: ${found.problem})` : '';
        throw new ConfigError(`${label}: not valid JSON${where}${shape ? `: expected ${shape}` : ''}`);
    }
}

type Expecting = 'value' | 'value or ]' | 'key or }' | 'key' | ':' | ', or end' | 'nothing';

/**
 * Where strict JSON (RFC 8259, as JSON.parse reads it) first goes wrong in a text, and what
 * was expected there; undefined when it is valid. Iterative, so any nesting depth is fine.
 */
export function jsonErrorAt(text: string): { offset: number; problem: string } | undefined {
    const containers: Array<'object' | 'array'> = [];
    let expecting = 'value' as Expecting;
    let index = 0;
    const fail = (offset: number, problem: string) => ({ offset, problem });
    const afterValue = () => {
        expecting = containers.length > 0 ? ', or end' : 'nothing';
    };
    for (;;) {
        while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r')) {
            index++;
        }
        if (index >= text.length) {
            return expecting === 'nothing' ? undefined : fail(index, 'the text ends too early');
        }
        const char = text[index];
        switch (expecting) {
            case 'nothing':
                return fail(index, 'unexpected text after the end of the JSON value');
            case ':':
                if (char !== ':') {
                    return fail(index, "expected ':' after the key");
                }
                index++;
                expecting = 'value';
                continue;
            case ', or end': {
                const close = containers[containers.length - 1] === 'object' ? '}' : ']';
                if (char === ',') {
                    index++;
                    expecting = close === '}' ? 'key' : 'value';
                } else if (char === close) {
                    index++;
                    containers.pop();
                    afterValue();
                } else {
                    return fail(index, `expected ',' or '${close}'`);
                }
                continue;
            }
            case 'key or }':
            case 'key':
                if (char === '}' && expecting === 'key or }') {
                    index++;
                    containers.pop();
                    afterValue();
                    continue;
                }
                if (char !== '"') {
                    return fail(index, expecting === 'key' ? 'expected a quoted key' : "expected a quoted key or '}'");
                }
                break;
            case 'value or ]':
                if (char === ']') {
                    index++;
                    containers.pop();
                    afterValue();
                    continue;
                }
                break;
            case 'value':
                break;
        }
        // A string (a key or a value), or any other value.
        if (char === '"') {
            const end = stringEnd(text, index);
            if (typeof end !== 'number') {
                return end;
            }
            index = end;
            if (expecting === 'key' || expecting === 'key or }') {
                expecting = ':';
            } else {
                afterValue();
            }
        } else if (char === '{' || char === '[') {
            containers.push(char === '{' ? 'object' : 'array');
            index++;
            expecting = char === '{' ? 'key or }' : 'value or ]';
        } else if (char === '-' || (char >= '0' && char <= '9')) {
            const end = numberEnd(text, index);
            if (typeof end !== 'number') {
                return end;
            }
            index = end;
            afterValue();
        } else {
            const literal = ['true', 'false', 'null'].find(word => text.startsWith(word, index));
            if (!literal) {
                return fail(index, 'expected a value (an object, array, string, number, true, false or null)');
            }
            index += literal.length;
            afterValue();
        }
    }
}

/** The offset after a string starting at `start` (its opening quote), or where it goes wrong. */
function stringEnd(text: string, start: number): number | { offset: number; problem: string } {
    for (let index = start + 1; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x22) {
            return index + 1;
        }
        if (code < 0x20) {
            return { offset: index, problem: 'a line break or control character inside a string (write it as an escape)' };
        }
        if (code === 0x5C) {
            const next = text[index + 1];
            if (next === 'u') {
                if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
                    return { offset: index, problem: 'a \\u escape needs four hexadecimal digits' };
                }
                index += 5;
            } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
                index++;
            } else {
                return { offset: index, problem: 'an invalid escape in a string' };
            }
        }
    }
    return { offset: text.length, problem: 'a string is not closed' };
}

/** The offset after a number starting at `start`, or where it goes wrong. */
function numberEnd(text: string, start: number): number | { offset: number; problem: string } {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = start;
    const found = match.exec(text);
    if (!found) {
        return { offset: start, problem: 'an invalid number' };
    }
    const end = start + found[0].length;
    // `01`, `1.`, `1e`: the number stops where JSON's grammar does, and what follows is no separator.
    if (end < text.length && /[0-9.eE+-]/.test(text[end])) {
        return { offset: end, problem: 'an invalid number' };
    }
    return end;
}
