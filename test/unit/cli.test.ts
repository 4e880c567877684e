import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { readRepository } from '../../src/config/repository.js';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';

/** The CLI is tested as users run it: the bundled dist/cli.js in its own process (npm test builds dist first). */
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const vend = (args: string[], cwd = MINIMAL_REPOSITORY) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, VEND_DEBUG: '' } });

afterAll(removeFixtureRepositories);

describe('vend validate', () => {
  test('a problem whose text holds a line break stays on its one line, outside Actions too', () => {
    const root = fixtureRepository({
      'accounts/app-prod.yaml': readFileSync(join(MINIMAL_REPOSITORY, 'accounts/app-prod.yaml'), 'utf8').replace(
        /^tags:.*$/m,
        'tags: { CostCenter: "100", "a\\n::add-mask::pwned": x }',
      ),
    });
    const result = vend(['validate', '--repo', root]);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/^::add-mask::/m);
    expect(result.stdout).toContain('a<U+000A>::add-mask::pwned');
  });

  test('in a workflow, --format json is kept intact for programs while the legacy ##[ form cannot run', () => {
    const root = fixtureRepository({
      'accounts/app-prod.yaml': readFileSync(join(MINIMAL_REPOSITORY, 'accounts/app-prod.yaml'), 'utf8').replace(
        /^tags:.*$/m,
        'tags: { CostCenter: "100", "##[add-mask]x": y }',
      ),
    });
    const result = spawnSync(process.execPath, [CLI, 'validate', '--repo', root, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, VEND_DEBUG: '', GITHUB_ACTIONS: 'true' },
    });
    expect(result.stdout).not.toContain('##[');
    // The same text to a JSON reader: no word joiner slipped into the data.
    const [finding] = JSON.parse(result.stdout) as { message: string }[];
    expect(finding!.message).toContain("tag key '##[add-mask]x'");
  });

  test('a clean repository exits 0 and says so', () => {
    const result = vend(['validate']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/vend validate: 7 files checked, no problems found\./);
  });

  test('--repo names another directory; findings print as path:line:col and exit 1', () => {
    const root = fixtureRepository({
      'accounts/app-prod.yaml':
        'name: app-prod\nemail: aws+app-prod@example.com\nou: Nowhere\nowner: a\ntags: { CostCenter: "1" }\n',
    });
    const result = vend(['validate', '--repo', root], '/');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("accounts/app-prod.yaml:3:5: error [ou-exists] OU 'Nowhere' is not declared");
    expect(result.stdout).toMatch(/1 error, 0 warnings\.$/m);
  });

  test('an organization.yaml that does not validate says what waits for it, so a clean second run is no surprise', () => {
    const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
    const root = fixtureRepository({
      'baselines/organization.yaml': organization.replace('namePrefix: vend-', 'namePrefix: 1vend-'),
    });
    const result = vend(['validate', '--repo', root], '/');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /1 error, 0 warnings\. The SCP files and templates baselines\/organization\.yaml names, and the checks across files, run once its errors are fixed\.$/m,
    );
  });

  test('--format json writes the documented fields', () => {
    const root = fixtureRepository({
      'accounts/app-prod.yaml':
        'name: app-prod\nemail: aws+app-prod@example.org\nou: Workloads\nowner: a\ntags: { CostCenter: "1" }\n',
    });
    const result = vend(['validate', '--repo', root, '--format', 'json']);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: 'accounts/app-prod.yaml',
        line: 2,
        column: 8,
        rule: 'email-domain',
        severity: 'error',
        message: expect.stringContaining('example.org'),
      },
    ]);
  });

  test('the bundle checks the schemas with code compiled at build time, and finds what the source finds', () => {
    const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
    const root = fixtureRepository({
      'baselines/organization.yaml': organization.replace('namePrefix: vend-', 'namePrefix: 1vend-\nsurplus: true'),
      'accounts/app-prod.yaml':
        'name: App_Prod\nemail: not-an-email\nou: Workloads\nowner: 7\nclosed: maybe\ntags: { "": x }\nregions: [us-east-1, us-east-1]\n',
    });
    const bundled = vend(['validate', '--repo', root, '--format', 'json']);
    const bySource = readRepository(root).diagnostics;
    expect(bundled.status).toBe(1);
    expect(bySource.length).toBeGreaterThan(6);
    const key = (diagnostic: object) => JSON.stringify(diagnostic);
    expect((JSON.parse(bundled.stdout) as object[]).map(key).sort()).toEqual(bySource.map(key).sort());
  });

  test('plan and apply with --format json still write one JSON document when the repository does not validate', () => {
    const root = fixtureRepository({
      'accounts/app-prod.yaml':
        'name: app-prod\nemail: aws+app-prod@example.org\nou: Workloads\nowner: a\ntags: { CostCenter: "1" }\n',
    });
    for (const command of [['plan'], ['apply', '--auto-approve']]) {
      const result = vend([...command, '--repo', root, '--format', 'json']);
      expect({ command, status: result.status }).toEqual({ command, status: 1 });
      expect(JSON.parse(result.stdout)).toEqual([expect.objectContaining({ rule: 'email-domain', severity: 'error' })]);
    }
  });

  test('drift on a repository that does not validate could not run: exit 2, and its JSON is a report with an error', () => {
    const root = fixtureRepository({
      'accounts/app-prod.yaml':
        'name: app-prod\nemail: aws+app-prod@example.org\nou: Workloads\nowner: a\ntags: { CostCenter: "1" }\n',
    });
    const error =
      'the repository does not validate (1 error), so nothing was compared with the organization: this is not drift. Fix it (vend validate lists it), then run the check again';
    const json = vend(['drift', '--repo', root, '--format', 'json']);
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      formatVersion: 1,
      checkedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      commit: null,
      error,
      diagnostics: [
        expect.objectContaining({ file: 'accounts/app-prod.yaml', rule: 'email-domain', severity: 'error' }),
      ],
    });
    expect(json.stderr).toContain(`vend drift: could not run: ${error}.`);
    const markdown = vend(['drift', '--repo', root, '--format', 'markdown']);
    expect(markdown.status).toBe(2);
    expect(markdown.stdout).toMatch(/^<!-- vend:drift -->\n## Vend drift: could not run\n/);
    expect(markdown.stdout).toContain('- `accounts/app-prod.yaml:2:8` ');
    const text = vend(['drift', '--repo', root]);
    expect(text.status).toBe(2);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain('accounts/app-prod.yaml:2:8: error [email-domain]');
  });

  test('validate does not load the AWS SDK', () => {
    const traced = spawnSync(
      process.execPath,
      ['--import', fileURLToPath(new URL('../support/trace-imports.mjs', import.meta.url)), CLI, 'validate'],
      {
        cwd: MINIMAL_REPOSITORY,
        encoding: 'utf8',
      },
    );
    expect(traced.status).toBe(0);
    const loadedFiles = traced.stderr
      .split('\n')
      .filter((line) => line.startsWith('loaded file://'))
      .map((line) => fileURLToPath(line.slice('loaded '.length)));
    expect(loadedFiles).toContain(CLI);
    for (const file of loadedFiles) expect(readFileSync(file, 'utf8')).not.toMatch(/@aws-sdk\/|@smithy\//);
  });
});

describe('without AWS credentials', () => {
  const noCredentials = () => {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, AWS_REGION: 'us-east-1' };
    Object.assign(env, {
      AWS_CONFIG_FILE: devNull,
      AWS_SHARED_CREDENTIALS_FILE: devNull,
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    return env;
  };

  test.each([
    ['plan', 'vend: No AWS credentials are available'],
    [`import --repo ${mkdtempSync(join(tmpdir(), 'vend-cli-'))}`, 'vend: No AWS credentials are available'],
    ['apply --auto-approve', 'vend: No AWS credentials are available'],
    ['drift', 'vend: No AWS credentials are available'],
    [
      'apply',
      'vend apply needs an approved plan. Pass the saved plan of vend plan --out (--plan plan.json), run it on a terminal to confirm the plan it shows (stdin and stderr both on the terminal: the plan and the question go to stderr), or pass --auto-approve',
    ],
  ])('vend %s exits 2 and says what is missing, before any AWS call', (command, message) => {
    const result = spawnSync(process.execPath, [CLI, ...command.split(' ')], {
      cwd: MINIMAL_REPOSITORY,
      encoding: 'utf8',
      env: noCredentials(),
    });
    expect(result.status).toBe(2);
    // From the start of the output: a message that names the command gets no second "vend:" before it.
    expect(result.stderr.startsWith(message)).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('vend drift --format json without credentials still prints one document: could not run, with why', () => {
    const result = spawnSync(process.execPath, [CLI, 'drift', '--format', 'json'], {
      cwd: MINIMAL_REPOSITORY,
      encoding: 'utf8',
      env: noCredentials(),
    });
    expect(result.status).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      formatVersion: 1,
      error: expect.stringMatching(/^nothing was compared with the organization, .*No AWS credentials are available/),
      diagnostics: [],
    });
    expect(result.stderr).toContain('vend: No AWS credentials are available');
  });

  test('vend import without credentials was invoked right: no pointer to --help; a mistake in its options has one', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [CLI, 'import', '--repo', mkdtempSync(join(tmpdir(), 'vend-cli-')), ...args], {
        cwd: MINIMAL_REPOSITORY,
        encoding: 'utf8',
        env: noCredentials(),
      });
    const refused = run();
    expect([refused.status, refused.stderr.trim().split('\n').at(-1)]).toEqual([
      2,
      "vend: No AWS credentials are available (Could not load credentials from any providers). vend import reads the organization with the management account's credentials: configure them, and AWS_REGION for its home region.",
    ]);
    const mistaken = run('--accounts-only', '--force', '--bogus');
    expect([mistaken.status, mistaken.stderr.trim().split('\n').at(-1)]).toEqual([2, "Run 'vend --help' for usage."]);
  });
});

test('vend --help lists every command, drift with its options', () => {
  const result = vend(['--help']);
  expect(result.status).toBe(0);
  for (const command of ['validate', 'plan', 'apply', 'drift', 'import'])
    expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  for (const option of ['--ou PATH', '--accounts-only', '--force']) expect(result.stdout).toContain(`  ${option} `);
  for (const option of ['--fail-on-drift[=SEVERITY]', '--detection-minutes N', '--base DIR'])
    expect(result.stdout).toContain(option);
});

describe('usage errors exit 2 with a message and no stack trace', () => {
  test.each([
    [['deploy'], "Invalid command 'deploy'. Expected one of: validate, plan, apply, drift, import."],
    // Named in the docs, so tried: the error says where each is.
    [['sandbox'], 'vend sandbox is no command. The sandbox is an npm script of this repository: npm run sandbox'],
    [['bootstrap'], 'baselines/bootstrap/management-account.yaml'],
    [['plan', '--force'], '--force is an option of vend import, not of vend plan.'],
    [['drift', '--out', 'x.json'], '--out is an option of vend plan, not of vend drift.'],
    [['import', '--plan', 'p.json'], '--plan is an option of vend apply, not of vend import.'],
    [['plan', '--fail-on-drift'], '--fail-on-drift is an option of vend drift, not of vend plan.'],
    [
      ['import', '--ou', 'Workloads', '--force'],
      'vend import --ou writes a whole baselines/organization.yaml, declaring only Workloads, and this repository has one that --force would replace.',
    ],
    // Without --force it is no different: "pass --force" would only lead to the error above.
    [['import', '--ou', 'Workloads'], 'then vend import --accounts-only --ou writes the manifests of their accounts.'],
    // A device never ends: refused at once rather than read forever.
    [['apply', '--plan', '/dev/zero'], 'Cannot read /dev/zero: it is not a regular file.'],
    [['import', '--format', 'markdown'], "Invalid --format 'markdown' for vend import. Expected one of: text, json."],
    [
      ['drift', '--fail-on-drift=severe'],
      "Invalid --fail-on-drift 'severe'. Expected true, false or a severity: critical, high, medium, low, info.",
    ],
    [
      ['drift', '--detection-minutes', 'soon'],
      "Invalid --detection-minutes 'soon'. Expected a whole number of minutes from 1 to 1440.",
    ],
    // A negative number is a bad value, not an option parseArgs finds ambiguous.
    [
      ['drift', '--detection-minutes', '-1'],
      "Invalid --detection-minutes '-1'. Expected a whole number of minutes from 1 to 1440.",
    ],
    [
      ['drift', '--detection-minutes=0'],
      "Invalid --detection-minutes '0'. Expected a whole number of minutes from 1 to 1440.",
    ],
    [
      ['drift', '--detection-minutes', '1441'],
      "Invalid --detection-minutes '1441'. Expected a whole number of minutes from 1 to 1440.",
    ],
    [
      ['drift', '--detection-minutes', '--fail-on-drift'],
      '--detection-minutes needs a value: a whole number of minutes from 1 to 1440.',
    ],
    [['drift', '--detection-minutes'], '--detection-minutes needs a value: a whole number of minutes from 1 to 1440.'],
    [
      ['drift', '--fail-on-drift', 'high'],
      "Unexpected argument 'high'. To fail on a severity, write --fail-on-drift=high.",
    ],
    [['plan', '--base', '/nonexistent/vend-base'], "Invalid --base '/nonexistent/vend-base'."],
    // A directory that is no repository would read as "main does not validate", and a bootstrap template "added".
    [['plan', '--base', 'accounts'], "Invalid --base 'accounts': it holds neither accounts/ nor baselines/."],
    [[], 'Missing command'],
    [['validate', '--format', 'xml'], "Invalid --format 'xml'. Expected one of: text, json, markdown."],
    // Node's advice about positional arguments starting with '-' is not vend's: no command takes one.
    [['validate', '--nope'], "vend: Unknown option '--nope'.\nRun 'vend --help' for usage."],
    [['apply', '--plan='], '--plan needs a file path.'],
    // The last would win silently: a wrapper's own --plan overridden, or the one typed ignored.
    [['apply', '--plan', '/nonexistent', '--plan', 'plan.json'], '--plan is given more than once; give it once.'],
    [['validate', '--repo', '.', '--repo=..'], '--repo is given more than once; give it once.'],
    // A plan written over a manifest would replace it: refused before anything is read or written.
    [['plan', '--out', 'accounts/app-prod.yaml'], 'it is inside accounts/, which vend reads as the repository'],
    // A name that starts with two dots is still inside; so is git's own directory.
    [['plan', '--out', 'accounts/..plan.yaml'], 'it is inside accounts/, which vend reads as the repository'],
    [['plan', '--out', '.git/HEAD'], 'it is inside .git/, which vend reads as the repository'],
    [['plan', '--guardrail-report', 'baselines/report.md'], 'it is inside baselines/, which vend reads as the'],
    [['plan', '--out='], '--out needs a file path.'],
    // Refused before the organization is read: the plan could not be saved.
    [
      ['plan', '--out', '/nonexistent-vend-dir/plan.json'],
      'there is no directory /nonexistent-vend-dir to write it in.',
    ],
    [['plan', '--out', `${CLI}/plan.json`], `${CLI} is a file, not a directory.`],
    [
      ['apply', '--plan', 'plan.json', '--auto-approve'],
      '--plan and --auto-approve exclude each other: a saved plan is already approved.',
    ],
  ])('vend %j', (args, message) => {
    const result = vend(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('vend import refuses a --repo directory that does not exist, and creates nothing', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'vend-cli-')), 'nonexist', 'deep');
    const result = vend(['import', '--repo', missing]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `Invalid --repo '${missing}'. Expected an existing directory for vend import to write accounts/ and baselines/ into: check the path. If it is a new repository, create it first (mkdir -p '${missing}').`,
    );
    expect(existsSync(dirname(missing))).toBe(false);
  });

  test('vend import --repo naming a file says it is a file, without advice to create it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vend-cli-')), 'organization.yaml');
    writeFileSync(file, 'x: 1\n');
    const result = vend(['import', '--repo', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Invalid --repo '${file}': it is a file, not a directory.`);
    expect(result.stderr).not.toContain('mkdir');
  });

  test('a repository directory that does not exist is a usage error', () => {
    const result = vend(['validate', '--repo', '/nonexistent/vend-repo']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      "Invalid --repo '/nonexistent/vend-repo'. Expected a directory holding accounts/ and baselines/.",
    );
  });
});
