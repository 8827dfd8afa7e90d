#!/usr/bin/env node
// The permission prompt, played by the test: a minimal stdio MCP server with one tool. Claude Code
// calls it (through --permission-prompt-tool) exactly when it would ask a person. Each call is
// appended to the log file; the answer for the call's tool_use_id comes from the answers file
// (`allow` or `deny`, default deny), so a case can play the human either way.
import { appendFileSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const [logFile, answersFile] = process.argv.slice(2);
const reply = (id, result) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', id, result })}\n`);

function answerFor(toolUseId) {
  try {
    const answers = JSON.parse(readFileSync(answersFile, 'utf8'));
    return answers[toolUseId] === 'allow' ? 'allow' : 'deny';
  } catch {
    return 'deny';
  }
}

createInterface({ input: process.stdin }).on('line', (line) => {
  let msg;
  try {
    msg = JSON.parse(line);
  } catch {
    return;
  }
  if (msg.id === undefined) return;
  if (msg.method === 'initialize') {
    reply(msg.id, { protocolVersion: msg.params?.protocolVersion ?? '2024-11-05', capabilities: { tools: {} }, serverInfo: { name: 'gate', version: '1.0.0' } });
  } else if (msg.method === 'tools/list') {
    reply(msg.id, { tools: [{ name: 'approve', description: 'Answers a permission prompt for the test.', inputSchema: { type: 'object', properties: { tool_name: { type: 'string' }, input: { type: 'object' }, tool_use_id: { type: 'string' } }, required: ['tool_name', 'input'] } }] });
  } else if (msg.method === 'tools/call') {
    const args = msg.params?.arguments ?? {};
    appendFileSync(logFile, `${JSON.stringify(args)}\n`);
    const behavior = answerFor(args.tool_use_id);
    const answer = behavior === 'allow' ? { behavior, updatedInput: args.input } : { behavior, message: 'The test answered no to this prompt.' };
    reply(msg.id, { content: [{ type: 'text', text: JSON.stringify(answer) }] });
  } else {
    reply(msg.id, {});
  }
});
