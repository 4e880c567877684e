import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AVAILABLE_COMMANDS,
  OUTPUT_FORMATS,
  parseChoice,
  parseFailOnDrift,
  MINUTES_RANGE,
  parseMinutes,
  requireDirectory,
  requireOutsideRepositoryFiles,
  UsageError,
} from './settings.js';
import type { Command, VendSettings } from './settings.js';

export const CLI_USAGE = `Usage: vend <command> [options]

Commands:
  validate   check accounts/ and baselines/ offline; report every problem at its file, line and column
  plan       compare the repository with the live organization and print what apply would change
  apply      carry out an approved plan: a saved plan (--plan), or the plan it shows and you confirm
  import     describe the live organization as a repository: write baselines/ and accounts/ from it, reading
             only (management-account credentials; AWS_REGION is the home region, where its StackSets are)
  drift      compare the live organization with the repository and report every difference as a finding
             with a severity, what apply would do about it, and the edit that would accept it; reads only,
             apart from starting CloudFormation drift detection on vend's StackSets

Options:
  --repo DIR                 repository with accounts/ and baselines/ (default: current directory)
  --format text|json|markdown  output format (default: text; markdown: the PR comment of plan or apply, the
                             drift issue of drift)
  --out FILE                 plan: save the plan to FILE, for vend apply --plan FILE (it holds NoEcho values,
                             which apply needs; --format json prints the plan with them masked)
  --base DIR                 plan: the base branch's repository; changes that only correct drift already
                             there are shown apart (--format json: the mainDrift key)
  --plan FILE                apply: carry out exactly this saved plan; refused if the repository's commit or
                             the organization changed since it was made
  --auto-approve             apply, never with --plan: apply the plan without asking (required without a terminal)
  --allow-destructive        apply: also carry out the approved plan's destructive changes
  --allow-high-impact        apply: carry out a plan with high-impact changes (without it, nothing is changed)
  --guardrail-report FILE    plan: include this guardrail proof report (markdown) in the output
  --ou PATH                  import: only this OU's subtree, with its ancestors' SCPs (repeatable)
  --accounts-only            import: only account manifests, for the repository's own organization.yaml
  --force                    import: replace files that exist (default: write nothing if any exists)
  --fail-on-drift[=SEVERITY] drift: exit 1 when it finds drift; with a severity (critical, high, medium, low,
                             info), only drift that bad or worse
  --detection-minutes N      drift: wait at most N minutes for StackSet drift detection (default 15)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 success, 1 findings (validation errors, plan problems, a refused or unconfirmed plan, apply
            changes that failed or were refused, an import that wrote nothing, left an active account out or
            left findings to check, drift with --fail-on-drift),
            2 usage, preflight or internal error.`;

export type CliRequest = { kind: 'help' } | { kind: 'version' } | { kind: 'run'; settings: VendSettings };

/** The options only some commands take; the rest (--repo, --format, --help, --version) every command takes. */
const OPTION_COMMANDS: Record<string, readonly Command[]> = {
  out: ['plan'],
  'guardrail-report': ['plan'],
  base: ['plan'],
  plan: ['apply'],
  'allow-destructive': ['apply'],
  'allow-high-impact': ['apply'],
  'auto-approve': ['apply'],
  'fail-on-drift': ['drift'],
  'detection-minutes': ['drift'],
  ou: ['import'],
  'accounts-only': ['import'],
  force: ['import'],
};

/** Options whose value is a number, with what they accept. */
const NUMERIC_OPTIONS: Readonly<Record<string, string>> = { 'detection-minutes': MINUTES_RANGE };

/**
 * parseArgs reads `--detection-minutes -1` as an option missing its value, and says so in its own words: a numeric
 * option takes the next argument whatever it starts with, so its own check says what the option accepts. An
 * option at the end, or before another option, has no value.
 */
function joinNumericValues(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    const expected = NUMERIC_OPTIONS[argument.slice(2)];
    if (!argument.startsWith('--') || expected === undefined) {
      joined.push(argument);
      continue;
    }
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${argument} needs a value: ${expected}.`);
    joined.push(`${argument}=${value}`);
    index++;
  }
  return joined;
}

export function parseCliArguments(argv: string[], cwd: string): CliRequest {
  const args = joinNumericValues(argv);
  let parsed;
  try {
    parsed = parseArgs({
      // parseArgs has no options with an optional value: a bare --fail-on-drift means drift of any severity.
      args: args.map((argument) => (argument === '--fail-on-drift' ? '--fail-on-drift=true' : argument)),
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        repo: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        plan: { type: 'string' },
        'allow-destructive': { type: 'boolean' },
        'allow-high-impact': { type: 'boolean' },
        'auto-approve': { type: 'boolean' },
        'guardrail-report': { type: 'string' },
        ou: { type: 'string', multiple: true },
        'accounts-only': { type: 'boolean' },
        force: { type: 'boolean' },
        'fail-on-drift': { type: 'string' },
        'detection-minutes': { type: 'string' },
        base: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's own advice about positional arguments that start with '-' does not apply: no vend command takes one.
    const unknown = /^Unknown option '([^']*)'/.exec((error as Error).message);
    throw new UsageError(unknown ? `Unknown option '${unknown[1]}'.` : `${(error as Error).message}.`);
  }
  const { values, positionals, tokens } = parsed;
  // parseArgs keeps the last of a repeated option: `--plan a.json --plan b.json` would apply b.json without a word
  // about a.json, say from a wrapper that passes its own --plan. Only --ou is a list.
  const repeated = tokens
    .filter((token) => token.kind === 'option' && token.name !== 'ou')
    .map((token) => (token as { name: string }).name)
    .find((name, index, names) => names.indexOf(name) !== index);
  if (repeated !== undefined) throw new UsageError(`--${repeated} is given more than once; give it once.`);
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length === 0)
    throw new UsageError(`Missing command. Expected one of: ${AVAILABLE_COMMANDS.join(', ')}.`);
  if (positionals.length > 1) {
    // `--fail-on-drift high` reads as a bare flag and a stray word: say how to give it a severity.
    const index = argv.indexOf(positionals[1]!);
    const hint =
      index > 0 && argv[index - 1] === '--fail-on-drift'
        ? ` To fail on a severity, write --fail-on-drift=${positionals[1]}.`
        : '';
    throw new UsageError(`Unexpected argument '${positionals[1]}'.${hint}`);
  }
  // Both are named in the docs; neither is a vend command, and the error says where each is.
  const elsewhere: Record<string, string> = {
    sandbox: 'The sandbox is an npm script of this repository: npm run sandbox [-- --repo DIR].',
    bootstrap:
      'The bootstrap is a CloudFormation template to deploy in the management account: baselines/bootstrap/management-account.yaml (see the README, "Adopt Vend in your organization").',
  };
  const hint = elsewhere[positionals[0]!];
  if (hint) throw new UsageError(`vend ${positionals[0]} is no command. ${hint}`);
  const command = parseChoice('command', positionals[0]!, AVAILABLE_COMMANDS);
  // An option another command takes would be silently ignored (`vend drift --out x.json` writes nothing): refused.
  const misplaced = Object.entries(OPTION_COMMANDS).find(
    ([option, commands]) => values[option as keyof typeof values] !== undefined && !commands.includes(command),
  );
  if (misplaced) {
    const [option, commands] = misplaced;
    throw new UsageError(
      `--${option} is an option of ${commands.map((name) => `vend ${name}`).join(' and ')}, not of vend ${command}.`,
    );
  }
  const repositoryRoot = resolve(cwd, values.repo ?? '.');
  const settings: VendSettings = {
    command,
    // import writes accounts/ and baselines/, but into a directory someone made: a mistyped path would otherwise
    // become a new tree of directories, and the files land where no one looks.
    repositoryRoot:
      command === 'import'
        ? requireDirectory(
            '--repo',
            repositoryRoot,
            'Expected an existing directory for vend import to write accounts/ and baselines/ into: check the path.',
            ` If it is a new repository, create it first (mkdir -p '${repositoryRoot}').`,
          )
        : requireDirectory('--repo', repositoryRoot),
    outputFormat: parseChoice('--format', values.format ?? 'text', OUTPUT_FORMATS),
    comment: false,
    allowDestructive: values['allow-destructive'] === true,
    allowHighImpact: values['allow-high-impact'] === true,
    autoApprove: values['auto-approve'] === true,
  };
  // An empty value (`--plan=`) would resolve to the working directory itself.
  for (const option of ['out', 'plan', 'guardrail-report'] as const)
    if (values[option] === '') throw new UsageError(`--${option} needs a file path.`);
  if (values.out !== undefined)
    settings.planOutputFile = requireOutsideRepositoryFiles('--out', resolve(cwd, values.out), repositoryRoot);
  if (values.plan !== undefined) settings.savedPlanFile = resolve(cwd, values.plan);
  // The saved plan is the approval; --auto-approve would approve whatever apply plans instead. The action refuses
  // the same pair (plan-file with auto-approve), so neither silently ignores one of them.
  if (settings.savedPlanFile && settings.autoApprove)
    throw new UsageError(
      '--plan and --auto-approve exclude each other: a saved plan is already approved. Drop --auto-approve to apply the saved plan, or --plan to apply what apply plans now without asking.',
    );
  if (values['guardrail-report'] !== undefined)
    settings.guardrailReportFile = requireOutsideRepositoryFiles(
      '--guardrail-report',
      resolve(cwd, values['guardrail-report']),
      repositoryRoot,
    );
  if (command === 'import') {
    if (settings.outputFormat === 'markdown')
      throw new UsageError("Invalid --format 'markdown' for vend import. Expected one of: text, json.");
    settings.importOrganizationalUnits = values.ou ?? [];
    settings.accountsOnly = values['accounts-only'] === true;
    settings.force = values.force === true;
  }
  if (values['fail-on-drift'] !== undefined) {
    const severity = parseFailOnDrift('--fail-on-drift', values['fail-on-drift']);
    if (severity) settings.failOnDrift = severity;
  }
  if (values['detection-minutes'] !== undefined)
    settings.detectionMinutes = parseMinutes('--detection-minutes', values['detection-minutes']);
  if (values.base !== undefined) {
    const base = requireDirectory('--base', resolve(cwd, values.base));
    // A checkout of main holds baselines/ at least: any other directory would read as "main does not validate".
    if (!existsSync(join(base, 'baselines')) && !existsSync(join(base, 'accounts')))
      throw new UsageError(
        `Invalid --base '${values.base}': it holds neither accounts/ nor baselines/. Expected a checkout of the base branch (main), the directory that holds them.`,
      );
    settings.baseRepositoryRoot = base;
  }
  return { kind: 'run', settings };
}
