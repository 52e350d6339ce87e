/**
 * Words of the AI-assistant tools (`smart mcp` and the editor's language-model tools)
 * that are not the plans' own: the refusal of a path they may not read. Browser-safe.
 */

/** A path outside the folder served (or the workspace): the refusal names only the path as given, never what is there. */
export function outsideFolderMessage(path: string): string {
    return `'${path}' is outside the workspace folder: give a path inside it, relative to it`;
}
