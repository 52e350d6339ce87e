/**
 * SMART: Add the CI Workflow (GitHub Actions): writes the workflow of the README's "Using
 * smart in CI" (examples/ci/smart-plan.yml, bundled in as text, so it is that very file)
 * to `.github/workflows/smart-plan.yml` of a workspace folder and opens it: every push and
 * pull request then lints the plans, uploads SARIF and comments the plan diff. An existing
 * workflow is replaced only when the user says so. Written with `vscode.workspace.fs`, so
 * it works in the browser build too (say, on github.dev, to commit from there).
 */
import * as vscode from 'vscode';
import workflow from '../../../examples/ci/smart-plan.yml';

export const WORKFLOW_PATH = '.github/workflows/smart-plan.yml';

export async function addCiWorkflow(): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const folder = folders.length > 1
        ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'The repository of plans to lint on every push and pull request' })
        : folders[0];
    if (!folder) {
        if (folders.length === 0) {
            void vscode.window.showInformationMessage('SMART: open the folder of your plans first: the workflow goes into its .github/workflows/.');
        }
        return undefined;
    }
    const file = vscode.Uri.joinPath(folder.uri, WORKFLOW_PATH);
    if (await exists(file)) {
        const replace = await vscode.window.showWarningMessage(`${vscode.workspace.asRelativePath(file)} exists. Replace it with the SMART workflow?`, { modal: true }, 'Replace');
        if (replace !== 'Replace') {
            return undefined;
        }
    }
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(workflow));
    await vscode.window.showTextDocument(file);
    void vscode.window.showInformationMessage(`SMART: ${vscode.workspace.asRelativePath(file)} written. Commit it: GitHub then lints the plans on every push and pull request.`);
    return file;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    try {
        await vscode.workspace.fs.stat(uri);
        return true;
    } catch {
        return false;
    }
}
