// Types of bundles.mjs, for the TypeScript tests that build the browser bundles.
import type { BuildOptions, Metafile } from 'esbuild';

export declare const here: string;
export declare function bundles(options?: { dev?: boolean; outdir?: string }): Record<string, BuildOptions & { browser: boolean }>;
export declare function browserBundleProblems(metafile: Metafile): string[];
export declare function buildInMemory(name: string): Promise<{ browser: boolean; text: string; bytes: number; metafile: Metafile }>;
