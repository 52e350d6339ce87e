/**
 * Hostile text for the escaping tests: payloads that would run script or break out of an
 * attribute if any plan string reached the output unescaped, a helper that puts them in
 * every string field of a view model (walking the zod schema, so a string field added
 * later is covered too), and a check that an HTML output holds no live markup from them.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import { PlanViewSchema, type PlanView } from '@smart-plan/language';

export const PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"\'><svg onload=alert(1)>',
    'javascript:alert(1)',
    '</textarea></style></title><script>alert(1)</script>',
    '" onmouseover="alert(1)',
    '<a href="javascript:alert(1)">x</a> | **bold** [link](javascript:alert(1))'
];

type Schema = z.ZodType;

function defOf(schema: Schema): { type: string;[key: string]: unknown } {
    return (schema as unknown as { _zod: { def: { type: string } } })._zod.def;
}

/** Every path to a string in values of this schema, written `goals[].title`. */
export function stringPaths(schema: Schema, prefix = ''): string[] {
    const def = defOf(schema);
    switch (def.type) {
        case 'string':
        case 'enum':
            return [prefix];
        case 'optional':
        case 'nullable':
            return stringPaths(def.innerType as Schema, prefix);
        case 'array':
            return stringPaths(def.element as Schema, `${prefix}[]`);
        case 'object':
            return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, value]) => stringPaths(value, prefix ? `${prefix}.${key}` : key));
        case 'record':
            return stringPaths(def.valueType as Schema, `${prefix}.*`);
        default:
            return [];
    }
}

/** The string paths a value actually holds (same notation as stringPaths). */
export function heldStringPaths(value: unknown, prefix = '', keyOf: (key: string) => string = key => key): string[] {
    if (typeof value === 'string') {
        return [prefix];
    }
    if (Array.isArray(value)) {
        return value.flatMap(item => heldStringPaths(item, `${prefix}[]`, keyOf));
    }
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([key, item]) => heldStringPaths(item, prefix ? `${prefix}.${keyOf(key)}` : keyOf(key), keyOf));
    }
    return [];
}

/**
 * The view with every string replaced by a payload (taking turns, so every payload meets
 * every kind of field), enums included: the renderers must stay safe on a view that
 * never went through the schema.
 */
export function hostileView(view: PlanView, payloads: readonly string[] = PAYLOADS, offset = 0): PlanView {
    let turn = offset;
    const fill = (value: unknown): unknown => {
        if (typeof value === 'string') {
            return payloads[turn++ % payloads.length];
        }
        if (Array.isArray(value)) {
            return value.map(fill);
        }
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
        }
        return value;
    };
    return fill(view) as PlanView;
}

/** The record keys (letterReasons' S..T) written as `*`, to compare with stringPaths. */
export function schemaStringPaths(): string[] {
    return [...new Set(stringPaths(PlanViewSchema))].sort();
}

export function viewStringPaths(view: PlanView): string[] {
    return [...new Set(heldStringPaths(view, '', key => /^[SMART]$/.test(key) ? '*' : key))].sort();
}

/**
 * Asserts an HTML output holds no live markup: no script, img, iframe or object element,
 * no link but to an anchor of the page itself, no event-handler attribute, no javascript: URL in an attribute, and no payload with
 * markup characters outside escaped form (`javascript:alert(1)` as text is harmless). Attribute values are removed before looking at attribute names
 * (the renderer double-quotes every value and escapes quotes inside).
 */
export function expectInert(output: string): void {
    expect(output).not.toMatch(/<script/i);
    expect(output).not.toMatch(/<img/i);
    expect(output).not.toMatch(/<iframe|<object|<embed/i);
    // Links only ever go to an anchor of the page itself, an id of safe characters (a
    // portfolio's ids hold plan files: percent-encoded, with `.`, `~` and `/`).
    for (const link of output.match(/<a\b[^>]*>/gi) ?? []) {
        expect(link).toMatch(/^<a (class="[^"]*" )?href="#[A-Za-z0-9_.~%/-]+"( title="[^"]*")?>$/);
    }
    for (const payload of PAYLOADS.filter(p => /[<>"']/.test(p))) {
        expect(output).not.toContain(payload);
    }
    for (const tag of output.match(/<[a-zA-Z][^<>]*>/g) ?? []) {
        const names = tag.replace(/"[^"]*"/g, '""');
        expect(names, tag).not.toMatch(/[\s/]on[a-z]+\s*=/i);
        expect(names, tag).not.toMatch(/'/);
        expect(tag, tag).not.toMatch(/(href|src|action|xlink:href)\s*=\s*"\s*javascript:/i);
    }
}
