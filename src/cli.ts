#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { runCommand } from './commands/run-command.js';
import { errorMessage } from './errors.js';
import { wantsColour } from './report/terminal-style.js';
import { neutralizeWorkflowCommands } from './report/workflow-commands.js';
import { CLI_USAGE, parseCliArguments } from './settings/cli-arguments.js';
import { UsageError } from './settings/settings.js';
import { VEND_VERSION } from './version.js';

const inWorkflow = process.env.GITHUB_ACTIONS === 'true';
/** In a workflow step, everything printed is read for workflow commands; repository text must not start one. */
const forLog = inWorkflow ? neutralizeWorkflowCommands : (text: string) => text;
/**
 * JSON needs no word joiner, which would change the data a program reads: no line of it can start with `::` (every
 * string is quoted, its line breaks escaped), and a legacy `##[` inside a string is written `#\u0023[`, the same
 * string to a JSON reader. Text that is not JSON is neutralized as any other.
 */
const forJsonLog = (text: string) => (inWorkflow && isJson(text) ? text.replaceAll('##[', '#\\u0023[') : forLog(text));

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const request = parseCliArguments(argv, process.cwd());
    if (request.kind === 'help') return (console.log(CLI_USAGE), 0);
    if (request.kind === 'version') return (console.log(VEND_VERSION), 0);
    const json = request.settings.outputFormat === 'json';
    return await runCommand(request.settings, {
      stdout: (text) => process.stdout.write(`${(json ? forJsonLog : forLog)(text)}\n`),
      stderr: (text) => process.stderr.write(`${forLog(text)}\n`),
      ...(process.stdin.isTTY && process.stderr.isTTY ? { ask } : {}),
      colour: { stdout: wantsColour(process.stdout, process.env), stderr: wantsColour(process.stderr, process.env) },
    });
  } catch (error) {
    const message = forLog(errorMessage(error));
    // A message that already names the command ("vend import --ou writes …") needs no second "vend:".
    process.stderr.write(message.startsWith('vend ') ? `${message}\n` : `vend: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write(`Run 'vend --help' for usage.\n`);
    return 2;
  }
}

/**
 * One question on the terminal; the answer ends the prompt, so the process is free to exit afterwards. Ctrl+C or
 * Ctrl+D at the prompt (readline's AbortError) is no answer: the caller then cancels, as Terraform does.
 */
async function ask(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await prompt.question(question);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ABORT_ERR') throw error;
    process.stderr.write('\n');
    return '';
  } finally {
    prompt.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
