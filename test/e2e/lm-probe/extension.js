// Test only (npm run test:e2e, test/e2e/lm-tools.mjs): the command "SMART E2E: Invoke
// Language Model Tools" lists the tools VS Code knows (vscode.lm.tools), calls the SMART
// extension's with vscode.lm.invokeTool outside any chat (toolInvocationToken undefined), as
// another extension or Copilot's agent mode would, and writes each answer (or error), with
// the text of the open plans, to .vscode/lm-tools-answers.json in the workspace folder.
const vscode = require('vscode');

const CALLS = [
    ['smart_listGoals', { status: ['behind', 'at-risk', 'on-track'] }],
    ['smart_listGoals', {}],
    ['smart_lintPlans', {}],
    ['smart_lintPlans', { paths: ['team.smart'], quiet: true }],
    ['smart_getPlanReport', { path: 'faulty.smart' }],
    ['smart_explainGoal', { goal: 'fillClasses' }],
    ['smart_explainGoal', { goal: 'fillClases' }],
    ['smart_getPlanReport', { path: '../../etc/passwd' }],
    ['smart_lintPlans', { paths: ['/etc'] }]
];

function activate(context) {
    context.subscriptions.push(vscode.commands.registerCommand('smartE2e.invokeLanguageModelTools', async () => {
        const folder = vscode.workspace.workspaceFolders[0].uri;
        const tools = vscode.lm.tools.filter(tool => tool.name.startsWith('smart_')).map(tool => ({ name: tool.name, description: tool.description, inputSchema: tool.inputSchema, tags: tool.tags }));
        const answers = [];
        for (const [name, input] of CALLS) {
            try {
                const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
                answers.push({ name, input, text: result.content.map(part => part instanceof vscode.LanguageModelTextPart ? part.value : '').join('') });
            } catch (error) {
                answers.push({ name, input, error: error instanceof Error ? error.message : String(error) });
            }
        }
        const documents = vscode.workspace.textDocuments.filter(document => document.languageId === 'smart' && document.uri.scheme === 'file')
            .map(document => ({ path: vscode.workspace.asRelativePath(document.uri), text: document.getText() }));
        const target = vscode.Uri.joinPath(folder, '.vscode', 'lm-tools-answers.json');
        await vscode.workspace.fs.writeFile(target, Buffer.from(JSON.stringify({ tools, answers, documents }, null, 2)));
    }));
}

module.exports = { activate };
