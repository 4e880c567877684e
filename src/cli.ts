#!/usr/bin/env node
import { runCommand } from './commands/run-command.js';
import { errorMessage } from './errors.js';
import { CLI_USAGE, parseCliArguments } from './settings/cli-arguments.js';
import { UsageError } from './settings/settings.js';
import { VEND_VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  try {
    const request = parseCliArguments(argv, process.cwd());
    if (request.kind === 'help') return (console.log(CLI_USAGE), 0);
    if (request.kind === 'version') return (console.log(VEND_VERSION), 0);
    return await runCommand(request.settings, {
      stdout: (text) => process.stdout.write(`${text}\n`),
      stderr: (text) => process.stderr.write(`${text}\n`),
    });
  } catch (error) {
    process.stderr.write(`vend: ${errorMessage(error)}\n`);
    if (error instanceof UsageError) process.stderr.write(`Run 'vend --help' for usage.\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
