/**
 * The `smart mcp` server: the read-only tools (lint, plan report, goals by status, explain
 * a goal, diff against a git ref), the resources (each plan, the rule documentation), and
 * the check-in tool only when writes are allowed: read-only is enforced by not having the
 * tool at all. Transport-agnostic: commands/mcp.ts connects it to stdio, tests may connect
 * it in memory.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { cliVersion } from '../manifest.js';
import { registerCheckinTool } from './checkin-tool.js';
import { registerDiffTool } from './diff-tool.js';
import type { McpPlans } from './mcp-plans.js';
import { registerReadTools } from './read-tools.js';
import { registerResources } from './resources.js';

const INSTRUCTIONS = `Tools for .smart marketing plans (plan-as-code checked against the SMART method: goals Specific, Measurable, Aligned and Accountable, Reasonable, Time-bound). \
They answer from the plans themselves, computed by the same code as the smart command line and the editor: statuses as of today, forecasts, roll-ups of aligned goals, diagnostics and diffs. \
"Which goals are behind?": list_goals with status ["behind", "at-risk", "missed"]. "Why?": explain_goal. Paths are relative to the workspace folder; nothing outside it is read. \
Lines and characters in ranges are 0-based.`;

export interface McpServerOptions {
    plans: McpPlans;
    /** Adds the check-in tool, which writes plans. */
    allowWrite: boolean;
}

export function createMcpServer({ plans, allowWrite }: McpServerOptions): McpServer {
    const server = new McpServer({ name: 'smart-plan', title: 'SMART marketing plans', version: cliVersion() }, { instructions: INSTRUCTIONS });
    registerReadTools(server, plans);
    registerDiffTool(server, plans.root);
    if (allowWrite) {
        registerCheckinTool(server, plans);
    }
    registerResources(server, plans.root);
    return server;
}
