/**
 * `JSON.stringify(value, null, 2)` of an object, in pieces: one of its arrays (the report's
 * goals) is written item by item, so a view of 150,000 goals, longer than one string can
 * be, is still written. The text is exactly JSON.stringify's.
 */

function indented(json: string, indent: string): string {
    return json.replace(/\n/g, `\n${indent}`);
}

export function* prettyJsonChunks(value: Record<string, unknown>, streamedKey: string): Generator<string> {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
    yield '{';
    for (const [index, [key, item]] of entries.entries()) {
        yield `${index > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `;
        if (key === streamedKey && Array.isArray(item) && item.length > 0) {
            yield '[';
            for (const [position, element] of item.entries()) {
                yield `${position > 0 ? ',' : ''}\n    ${indented(JSON.stringify(element ?? null, null, 2) ?? 'null', '    ')}`;
            }
            yield '\n  ]';
        } else {
            yield indented(JSON.stringify(item, null, 2), '  ');
        }
    }
    yield entries.length > 0 ? '\n}' : '}';
}
