import { resolve } from 'node:path';
import { writeLocalFile } from '../../src/local-files.js';
import { neutralizeWorkflowCommands } from '../../src/report/workflow-commands.js';
import { renderConsoleTable, renderMarkdownReport } from './guardrail-report.js';
import { runGuardrailProofs } from './proof-engine.js';

const USAGE = 'Usage: npm run guardrails -- [--repo DIR] [--out FILE]';
const DEFAULT_REPORT_FILE = 'guardrail-report.md';

interface GuardrailCliOptions {
  /** Absolute path of the repository to prove; the current directory by default. */
  repo: string;
  /** Absolute path of the markdown report; `guardrail-report.md` in the repository by default. */
  out: string;
}

function parseGuardrailArguments(argv: string[]): GuardrailCliOptions {
  const options: GuardrailCliOptions = { repo: '.', out: '' };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = argv[index + 1];
    if ((flag === '--repo' || flag === '--out') && value !== undefined && !value.startsWith('--')) {
      options[flag === '--repo' ? 'repo' : 'out'] = value;
      index += 1;
    } else {
      throw new Error(`Invalid argument '${flag ?? ''}'. ${USAGE}`);
    }
  }
  const repo = resolve(options.repo);
  return { repo, out: options.out ? resolve(options.out) : resolve(repo, DEFAULT_REPORT_FILE) };
}

/** Runs every proof, prints the table, writes the markdown report. Exit code 0 = all hold, 1 = a proof fails, 2 = cannot run. */
export async function main(argv: string[]): Promise<number> {
  try {
    const options = parseGuardrailArguments(argv);
    const run = await runGuardrailProofs(options.repo);
    // Proof descriptions and policy text come from the repository: in a workflow, none may start a command.
    process.stdout.write(`${neutralizeWorkflowCommands(renderConsoleTable(run))}\n`);
    writeLocalFile(options.out, renderMarkdownReport(run), { untrustedRoots: [options.repo] });
    process.stdout.write(`\nReport written to ${options.out}\n`);
    return run.passed ? 0 : 1;
  } catch (error) {
    process.stderr.write(
      `guardrails: ${neutralizeWorkflowCommands(error instanceof Error ? error.message : String(error))}\n`,
    );
    return 2;
  }
}
