// Types of vsix-contents.mjs, for the TypeScript tests.
export interface ZipEntry {
    name: string;
    size: number;
    compressed: number;
    read(): Buffer;
}
export declare function zipEntries(bytes: Uint8Array): ZipEntry[];
export declare function vsixProblems(bytes: Uint8Array): string[];
