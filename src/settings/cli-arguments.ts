import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AVAILABLE_COMMANDS, OUTPUT_FORMATS, parseChoice, requireDirectory, UsageError } from './settings.js';
import type { VendSettings } from './settings.js';

export const CLI_USAGE = `Usage: vend <command> [options]

Commands:
  validate   check accounts/ and baselines/ offline; report every problem at its file, line and column
  plan       compare the repository with the live organization and print what apply would change
  apply      carry out an approved plan: a saved plan (--plan), or the plan it shows and you confirm
  import     describe the live organization as a repository: write baselines/ and accounts/ from it, reading
             only (management-account credentials; AWS_REGION is the home region, where its StackSets are)

Options:
  --repo DIR                 repository with accounts/ and baselines/ (default: current directory)
  --format text|json|markdown  output format (default: text; markdown: the PR comment of plan or apply)
  --out FILE                 plan: save the plan to FILE, for vend apply --plan FILE
  --plan FILE                apply: carry out exactly this saved plan; refused if the repository's commit or
                             the organization changed since it was made
  --auto-approve             apply without --plan: apply the plan without asking (required without a terminal)
  --allow-destructive        apply: also carry out the approved plan's destructive changes
  --guardrail-report FILE    plan: include this guardrail proof report (markdown) in the output
  --ou PATH                  import: only this OU's subtree, with its ancestors' SCPs (repeatable)
  --accounts-only            import: only account manifests, for the repository's own organization.yaml
  --force                    import: replace files that exist (default: write nothing if any exists)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 success, 1 findings (validation errors, plan problems, a refused plan, apply changes that failed
            or were refused, an import that wrote nothing or left findings to check),
            2 usage, preflight or internal error.`;

export type CliRequest = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; settings: VendSettings };

export function parseCliArguments(argv: string[], cwd: string): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        repo: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        plan: { type: 'string' },
        'allow-destructive': { type: 'boolean' },
        'auto-approve': { type: 'boolean' },
        'guardrail-report': { type: 'string' },
        ou: { type: 'string', multiple: true },
        'accounts-only': { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Run 'vend --help' for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length === 0)
    throw new UsageError(`Missing command. Expected one of: ${AVAILABLE_COMMANDS.join(', ')}.`);
  if (positionals.length > 1)
    throw new UsageError(`Unexpected argument '${positionals[1]}'. Run 'vend --help' for usage.`);
  const command = parseChoice('command', positionals[0]!, AVAILABLE_COMMANDS);
  const importOptions = [values.ou && '--ou', values['accounts-only'] && '--accounts-only', values.force && '--force'];
  const misplaced = importOptions.find(Boolean);
  if (command !== 'import' && misplaced)
    throw new UsageError(`${misplaced} is an option of vend import, not of vend ${command}.`);
  const repositoryRoot = resolve(cwd, values.repo ?? '.');
  const settings: VendSettings = {
    command,
    // import writes a repository, so its directory need not exist yet.
    repositoryRoot: command === 'import' ? repositoryRoot : requireDirectory('--repo', repositoryRoot),
    outputFormat: parseChoice('--format', values.format ?? 'text', OUTPUT_FORMATS),
    comment: false,
    allowDestructive: values['allow-destructive'] === true,
    autoApprove: values['auto-approve'] === true,
    failOnDrift: false,
  };
  if (values.out !== undefined) settings.planOutputFile = resolve(cwd, values.out);
  if (values.plan !== undefined) settings.savedPlanFile = resolve(cwd, values.plan);
  if (values['guardrail-report'] !== undefined) settings.guardrailReportFile = resolve(cwd, values['guardrail-report']);
  if (command === 'import') {
    if (settings.outputFormat === 'markdown')
      throw new UsageError("Invalid --format 'markdown' for vend import. Expected one of: text, json.");
    settings.importOrganizationalUnits = values.ou ?? [];
    settings.accountsOnly = values['accounts-only'] === true;
    settings.force = values.force === true;
  }
  return { kind: 'run', settings };
}
