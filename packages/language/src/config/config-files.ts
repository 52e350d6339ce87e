/**
 * Finding and reading `.smartrc.json`: walking up from a plan file, parsing the JSON and
 * validating it. Every failure becomes a ConfigError whose message is one line naming the
 * file and the problem.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SmartRcSchema, describeConfigError, type SmartRc } from './config-schema.js';

export const CONFIG_FILE_NAME = '.smartrc.json';

export class ConfigError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'ConfigError';
    }
}

/** The nearest `.smartrc.json` in the directory or one of its ancestors. */
export function findConfigFile(startDirectory: string): string | undefined {
    let directory = resolve(startDirectory);
    for (;;) {
        const candidate = join(directory, CONFIG_FILE_NAME);
        if (existsSync(candidate) && statSync(candidate).isFile()) {
            return candidate;
        }
        const parent = dirname(directory);
        if (parent === directory) {
            return undefined;
        }
        directory = parent;
    }
}

export function readConfigFile(file: string): SmartRc {
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        throw new ConfigError(`${file}: cannot read the configuration (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    let json: unknown;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
        throw new ConfigError(`${file}: not valid JSON (${(error as Error).message.split('\n')[0]})`);
    }
    const parsed = SmartRcSchema.safeParse(json);
    if (!parsed.success) {
        throw new ConfigError(describeConfigError(file, parsed.error));
    }
    return parsed.data;
}
