/**
 * What the plan model asks about symbolic links on the local disk, without reaching Node
 * itself (the language package's browser entry must not): whether reading a `file:` path
 * leaves its repository through a link, and one path per file for an import reached
 * through a linked folder. Outside Node there is no local disk to ask, so by default
 * nothing is a link; the Node file system (smart-file-system.ts) installs the answers of
 * link-escape.ts when it is loaded.
 */

export interface LocalLinks {
    /** Where the link leads when reading `path` leaves its repository through a symbolic link; undefined otherwise. */
    outOfRepository(path: string): string | undefined;
    /** The path an import target reached through a linked folder is known by (see link-escape.ts). */
    pathFromFolder(target: string, folder: string): string;
}

let installed: LocalLinks = {
    outOfRepository: () => undefined,
    pathFromFolder: target => target
};

/** The answers in force. */
export function localLinks(): LocalLinks {
    return installed;
}

/** Installs the local disk's answers (Node only). */
export function installLocalLinks(links: LocalLinks): void {
    installed = links;
}
