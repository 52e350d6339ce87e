/**
 * Compares pairs of plan versions (old and new of one file, either possibly absent):
 * every old version is loaded into one language-services instance and every new
 * version into another, each with its own import reader, and each pair is diffed on the
 * plan model. The result is the diff module's changes, each with the file it is in, and
 * each regression with the review (in any compared file) that decided about it, if any.
 */
import { classifyReviews, diffPlans, type PlanChange, type ReviewReference } from '@smart-plan/language';
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
    /** On a regression: the review of this change that decided about it, or null (not reviewed). */
    review?: ReviewReference | null;
}

export interface ImportReaders {
    old: ImportReader;
    new: ImportReader;
}

export async function comparePlans(pairs: PlanPair[], readImport: ImportReaders): Promise<FileChange[]> {
    const oldFacts = await factsOfVersions(pairs.flatMap(pair => pair.old ? [pair.old] : []), readImport.old);
    const newFacts = await factsOfVersions(pairs.flatMap(pair => pair.new ? [pair.new] : []), readImport.new);
    const files = pairs.map(pair => ({ file: pair.file, old: pair.old && oldFacts.get(pair.old.path), new: pair.new && newFacts.get(pair.new.path) }));
    const changes = files.flatMap(file => diffPlans(file.old, file.new).map(change => ({ file: file.file, ...change })));
    return classifyReviews(changes, files);
}
