/**
 * Compares pairs of plan versions (old and new of one file, either possibly absent):
 * every old version is loaded into one language-services instance and every new
 * version into another, each with its own import reader, and each pair is diffed on the
 * plan model. The result is the diff module's changes, each with the file it is in.
 */
import { diffPlans, type PlanChange } from '@smart-plan/language';
import type { ImportReader } from '../plan-workspace.js';
import { factsOfVersions, type PlanVersion } from './plan-versions.js';

export interface PlanPair {
    /** The file as the user reads it (relative to the current directory when inside it). */
    file: string;
    old?: PlanVersion;
    new?: PlanVersion;
}

export interface FileChange extends PlanChange {
    file: string;
}

export interface ImportReaders {
    old: ImportReader;
    new: ImportReader;
}

export async function comparePlans(pairs: PlanPair[], readImport: ImportReaders): Promise<FileChange[]> {
    const oldFacts = await factsOfVersions(pairs.flatMap(pair => pair.old ? [pair.old] : []), readImport.old);
    const newFacts = await factsOfVersions(pairs.flatMap(pair => pair.new ? [pair.new] : []), readImport.new);
    return pairs.flatMap(pair => diffPlans(pair.old && oldFacts.get(pair.old.path), pair.new && newFacts.get(pair.new.path))
        .map(change => ({ file: pair.file, ...change })));
}
