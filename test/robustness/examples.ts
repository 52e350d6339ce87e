/**
 * The example plans (examples/**\/*.smart) as test input: the seeds the fuzzers mutate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../cli/run-smart.js';

export interface ExamplePlan {
    /** Path relative to examples/, e.g. `coaching/acme-coaching.smart`. */
    name: string;
    text: string;
}

const EXAMPLES = join(repoRoot, 'examples');

export const EXAMPLE_PLANS: ExamplePlan[] = planFiles(EXAMPLES).map(path => ({
    name: relative(EXAMPLES, path),
    text: readFileSync(path, 'utf8')
}));

function planFiles(directory: string): string[] {
    return readdirSync(directory, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap(entry => {
            const path = join(directory, entry.name);
            return entry.isDirectory() ? planFiles(path) : entry.name.endsWith('.smart') ? [path] : [];
        });
}
