import { jest } from '@jest/globals';
import { build } from 'esbuild';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../scripts/guardrails/cli.js';
import { renderMarkdownReport } from '../../scripts/guardrails/guardrail-report.js';
import { runGuardrailProofs } from '../../scripts/guardrails/proof-engine.js';
import type { GuardrailRun, ProofOutcome } from '../../scripts/guardrails/proof-engine.js';
import { loadProofTable } from '../../scripts/guardrails/proof-table.js';
import { EXAMPLE_REPOSITORY } from '../support/fixture-repository.js';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PROOF_IDS = loadProofTable(EXAMPLE_REPOSITORY).proofs.map((proof) => proof.id);

const temporaryRoots: string[] = [];
afterAll(() => temporaryRoots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A copy of the example baselines and accounts that a test may break. */
function copyOfExampleRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'vend-guardrails-'));
  temporaryRoots.push(root);
  cpSync(join(EXAMPLE_REPOSITORY, 'baselines'), join(root, 'baselines'), { recursive: true });
  cpSync(join(EXAMPLE_REPOSITORY, 'accounts'), join(root, 'accounts'), { recursive: true });
  return root;
}

/** Replaces text in a copied file, and insists the text was there, so a mutation can never silently do nothing. */
function replaceIn(root: string, file: string, search: string, replacement: string): void {
  const path = join(root, file);
  const original = readFileSync(path, 'utf8');
  if (!original.includes(search)) throw new Error(`mutation target '${search}' is not in ${file}`);
  writeFileSync(path, original.replace(search, replacement));
}

/** Deletes the statement with the given Sid from a copied SCP. */
function deleteScpStatement(root: string, scp: string, sid: string): void {
  const path = join(root, 'baselines/scps', `${scp}.json`);
  const policy = JSON.parse(readFileSync(path, 'utf8')) as { Statement: { Sid?: string }[] };
  const kept = policy.Statement.filter((statement) => statement.Sid !== sid);
  if (kept.length === policy.Statement.length) throw new Error(`${scp} has no statement ${sid}`);
  writeFileSync(path, JSON.stringify({ ...policy, Statement: kept }, null, 2));
}

/** Deletes a statement (from `- Sid: <sid>` to the next statement) in a copied template's policy document. */
function deleteTemplateStatement(root: string, template: string, sid: string): void {
  const path = join(root, 'baselines/stacksets', template);
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === `- Sid: ${sid}`);
  if (start < 0) throw new Error(`${template} has no statement ${sid}`);
  const indent = lines[start]?.indexOf('-') ?? 0;
  let end = start + 1;
  while (end < lines.length && ((lines[end] ?? '').trim() === '' || (lines[end] ?? '').search(/\S/) > indent)) end += 1;
  lines.splice(start, end - start);
  writeFileSync(path, lines.join('\n'));
}

function outcome(run: GuardrailRun, id: string): ProofOutcome {
  const found = run.outcomes.find((candidate) => candidate.proof.id === id);
  if (!found) throw new Error(`no proof '${id}'`);
  return found;
}

function expectProofFails(run: GuardrailRun, id: string, reason: string): void {
  const result = outcome(run, id);
  expect(result.passed).toBe(false);
  expect(result.problems).toContainEqual(expect.stringContaining(reason));
}

describe('guardrail proofs on the example baselines', () => {
  let run: GuardrailRun;
  beforeAll(async () => {
    run = await runGuardrailProofs(EXAMPLE_REPOSITORY);
  });

  test.each(PROOF_IDS)('%s holds', (id) => {
    expect(outcome(run, id).problems).toEqual([]);
    expect(outcome(run, id).passed).toBe(true);
  });

  test('every Deny proof names the explicit Deny statements that decided it', () => {
    for (const result of run.outcomes.filter((candidate) => candidate.proof.expect === 'Deny')) {
      expect(result.explicitDenies.length).toBeGreaterThan(0);
    }
  });
});

describe('a broken guardrail turns its proof red', () => {
  test('row 2: without the SCP statement, a role created without the boundary is no longer denied by an SCP', async () => {
    const root = copyOfExampleRepository();
    deleteScpStatement(root, 'require-permissions-boundary', 'DenyRoleWithoutWorkloadBoundary');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-creates-role-without-boundary', 'explicit Deny from the SCP');
    expectProofFails(run, 'developer-creates-role-with-another-boundary', 'explicit Deny from the SCP');
  });

  test('row 2: a misspelt condition key in the boundary is caught', async () => {
    const root = copyOfExampleRepository();
    replaceIn(
      root,
      'baselines/stacksets/permissions-boundary.yaml',
      'iam:PermissionsBoundary: !Sub',
      'iam:PermissionBoundary: !Sub',
    );
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-creates-role-without-boundary', 'uses the condition key iam:PermissionBoundary');
  });

  test("row 2: a developer policy that drops the boundary condition lets the developer's own policy allow it", async () => {
    const root = copyOfExampleRepository();
    replaceIn(
      root,
      'baselines/stacksets/human-roles.yaml',
      `                Condition:
                  StringEquals:
                    iam:PermissionsBoundary: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/platform/\${BoundaryPolicyName}
`,
      '',
    );
    const run = await runGuardrailProofs(root);
    expectProofFails(
      run,
      'developer-creates-role-without-boundary',
      'expected the identity policy to refuse the request',
    );
  });

  test('row 3: without the SCP statement, removing a boundary is no longer denied by an SCP', async () => {
    const root = copyOfExampleRepository();
    deleteScpStatement(root, 'require-permissions-boundary', 'DenyBoundaryRemoval');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-removes-role-boundary', 'explicit Deny from the SCP');
  });

  test('row 3: a boundary that no longer protects platform policies lets its bounded roles edit it', async () => {
    const root = copyOfExampleRepository();
    deleteTemplateStatement(root, 'permissions-boundary.yaml', 'DenyChangesToPlatformRolesAndPolicies');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-edits-boundary-policy', 'explicit Deny from the permissions boundary');
  });

  test('row 4: without protect-baseline-roles, baseline roles are no longer protected by an SCP', async () => {
    const root = copyOfExampleRepository();
    deleteScpStatement(root, 'protect-baseline-roles', 'DenyChangesToPlatformRolesAndPolicies');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-edits-baseline-role-policy', 'explicit Deny from the SCP');
    expectProofFails(run, 'developer-edits-baseline-role-trust', 'explicit Deny from the SCP');
  });

  test('row 4: an exemption keyed on the wrong condition key is caught', async () => {
    const root = copyOfExampleRepository();
    replaceIn(root, 'baselines/scps/protect-baseline-roles.json', '"aws:PrincipalArn"', '"aws:SourceArn"');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-edits-baseline-role-policy', 'depends on aws:SourceArn');
    expectProofFails(run, 'execution-role-edits-baseline-role-policy', 'expected Allow');
  });

  test('row 6: a boundary without the IAM-user deny lets an administrator-level application role create users', async () => {
    const root = copyOfExampleRepository();
    deleteTemplateStatement(root, 'permissions-boundary.yaml', 'DenyIamUsersAndLongLivedCredentials');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'application-admin-creates-iam-user', 'explicit Deny from the permissions boundary');
  });

  test('row 7: without deny-leave-organization, the execution role may leave the organization', async () => {
    const root = copyOfExampleRepository();
    deleteScpStatement(root, 'deny-leave-organization', 'DenyLeaveOrganization');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'execution-role-leaves-organization', 'expected Deny, the policies in force decide Allow');
  });

  test('row 8: without deny-root-user, the root user may run EC2', async () => {
    const root = copyOfExampleRepository();
    deleteScpStatement(root, 'deny-root-user', 'DenyMemberAccountRootUser');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'root-user-runs-ec2', 'expected Deny, the policies in force decide Allow');
  });

  test('row 9: a misspelt region key in the region SCP is caught', async () => {
    const root = copyOfExampleRepository();
    replaceIn(root, 'baselines/scps/deny-unapproved-regions.json', '"aws:RequestedRegion"', '"aws:RequestRegion"');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-runs-ec2-in-unapproved-region', 'uses the condition key aws:RequestRegion');
  });

  test('row 9: without the region statement, EC2 runs in any region', async () => {
    const root = copyOfExampleRepository();
    deleteScpStatement(root, 'deny-unapproved-regions', 'DenyOutsideApprovedRegions');
    const run = await runGuardrailProofs(root);
    expectProofFails(
      run,
      'developer-runs-ec2-in-unapproved-region',
      'expected Deny, the policies in force decide Allow',
    );
  });

  test('row 11: without the CloudTrail statement, a developer may stop the trail', async () => {
    const root = copyOfExampleRepository();
    deleteScpStatement(root, 'protect-security-services', 'ProtectCloudTrail');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-stops-cloudtrail', 'expected Deny, the policies in force decide Allow');
  });

  test('row 11: dropping DeleteDetector from the GuardDuty statement lets a developer delete the detector', async () => {
    const root = copyOfExampleRepository();
    replaceIn(root, 'baselines/scps/protect-security-services.json', '"guardduty:DeleteDetector",', '');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-deletes-guardduty-detector', 'expected Deny, the policies in force decide Allow');
  });

  test('row 11: a misspelt exemption key in the Config statement is caught', async () => {
    const root = copyOfExampleRepository();
    const file = 'baselines/scps/protect-security-services.json';
    const policy = JSON.parse(readFileSync(join(root, file), 'utf8')) as {
      Statement: { Sid: string; Condition: Record<string, unknown> }[];
    };
    const config = policy.Statement.find((statement) => statement.Sid === 'ProtectConfig');
    if (!config) throw new Error('ProtectConfig statement is missing');
    config.Condition = { ArnNotLike: { 'aws:PrincipleArn': 'arn:aws:iam::*:role/OrganizationAccountAccessRole' } };
    writeFileSync(join(root, file), JSON.stringify(policy));
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-stops-config-recorder', 'uses the condition key aws:PrincipleArn');
  });

  test('moving an account out of the OU that carries an SCP removes that SCP from its proofs', async () => {
    const root = copyOfExampleRepository();
    replaceIn(root, 'accounts/payments-dev.yaml', 'ou: Workloads/NonProd', 'ou: Security');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'developer-stops-cloudtrail', 'expected Deny, the policies in force decide Allow');
  });
});

describe('a proof that cannot be evaluated faithfully fails', () => {
  async function runSingleProof(proof: string): Promise<ProofOutcome> {
    const root = copyOfExampleRepository();
    const table = readFileSync(join(root, 'baselines/guardrails.yaml'), 'utf8');
    writeFileSync(
      join(root, 'baselines/single-proof.yaml'),
      `${table.slice(0, table.indexOf('\nproofs:'))}\nproofs:\n${proof}`,
    );
    const run = await runGuardrailProofs(root, { proofTableFile: 'baselines/single-proof.yaml' });
    const [only] = run.outcomes;
    if (!only) throw new Error('no outcome');
    return only;
  }

  test('when the action does not exist', async () => {
    const result = await runSingleProof(`  - id: misspelt-action
    description: x
    principal: developer
    action: iam:CreateRoles
    resource: arn:aws:iam::\${AWS::AccountId}:role/x
    expect: Deny`);
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([expect.stringContaining('Action CreateRoles does not exist for service iam')]);
  });

  test('when the simulator rejects a policy in force (an SCP with an invalid Effect)', async () => {
    const root = copyOfExampleRepository();
    replaceIn(root, 'baselines/scps/deny-leave-organization.json', '"Effect": "Deny"', '"Effect": "Denied"');
    const run = await runGuardrailProofs(root);
    expectProofFails(run, 'execution-role-leaves-organization', 'the simulator rejected the request');
    expect(run.outcomes.filter((result) => result.passed)).toEqual([]);
  });

  test('when the simulator ignores a context key that the action does not know', async () => {
    const result = await runSingleProof(`  - id: ignored-key
    description: x
    principal: developer
    action: iam:ListRoles
    resource: '*'
    context: { 'ec2:MetadataHttpTokens': required }
    expect: Allow`);
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([
      expect.stringContaining('ignored context keys it does not know for iam:ListRoles: ec2:MetadataHttpTokens'),
    ]);
  });

  test('when a role-creating request does not say which boundary it carries', async () => {
    const result = await runSingleProof(`  - id: unstated-boundary
    description: x
    principal: developer
    action: iam:CreateRole
    resource: arn:aws:iam::\${AWS::AccountId}:role/x
    expect: Allow`);
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([expect.stringContaining('state permissionsBoundary')]);
  });

  test('when a policy covering the request depends on a key the proof neither supplies nor declares absent', async () => {
    const result = await runSingleProof(`  - id: unstated-imds
    description: x
    principal: prod-developer
    action: ec2:RunInstances
    resource: arn:aws:ec2:us-east-1:\${AWS::AccountId}:instance/i-0a1b2c3d4e5f60718
    expect: Deny`);
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([expect.stringContaining('depends on ec2:MetadataHttpTokens')]);
  });

  test('when the principal attaches an AWS managed policy whose document the proofs do not have', async () => {
    const root = copyOfExampleRepository();
    writeFileSync(
      join(root, 'baselines/single-proof.yaml'),
      `principals:
  reader:
    account: payments-dev
    baselineRole: human-roles/ReadOnlyRole
proofs:
  - id: reader-lists-roles
    description: x
    principal: reader
    action: iam:ListRoles
    resource: '*'
    expect: Allow
`,
    );
    const run = await runGuardrailProofs(root, { proofTableFile: 'baselines/single-proof.yaml' });
    expect(run.outcomes[0]?.passed).toBe(false);
    expect(run.outcomes[0]?.problems).toEqual([
      expect.stringContaining('ReadOnlyAccess, whose document the proofs do not have'),
    ]);
  });
});

describe('the proof table is refused, naming the mistake', () => {
  async function runTable(table: string): Promise<GuardrailRun> {
    const root = copyOfExampleRepository();
    writeFileSync(join(root, 'baselines/other-proofs.yaml'), table);
    return runGuardrailProofs(root, { proofTableFile: 'baselines/other-proofs.yaml' });
  }
  const principals = 'principals:\n  developer: { account: payments-dev, baselineRole: human-roles/DeveloperRole }\n';

  test('when a proof has a key the format does not know', async () => {
    await expect(
      runTable(
        `${principals}proofs:\n  - { id: a, description: x, principal: developer, action: iam:ListRoles, resource: '*', expect: Allow, expected: Deny }\n`,
      ),
    ).rejects.toThrow("baselines/other-proofs.yaml: proofs[0]: unknown key 'expected'");
  });

  test('when an Allow proof names layers that should deny', async () => {
    await expect(
      runTable(
        `${principals}proofs:\n  - { id: a, description: x, principal: developer, action: iam:ListRoles, resource: '*', expect: Allow, deniedBy: [scp] }\n`,
      ),
    ).rejects.toThrow('deniedBy and notAllowedBy only apply to expect: Deny');
  });

  test('when a proof names an undeclared principal', async () => {
    await expect(
      runTable(
        `${principals}proofs:\n  - { id: a, description: x, principal: admin, action: iam:ListRoles, resource: '*', expect: Allow }\n`,
      ),
    ).rejects.toThrow("names principal 'admin', which is not declared under principals");
  });
});

describe('npm run guardrails', () => {
  test('prints the proof table and writes the markdown report to --out', async () => {
    const out = join(copyOfExampleRepository(), 'report.md');
    const printed: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    let exitCode: number;
    try {
      exitCode = await main(['--repo', EXAMPLE_REPOSITORY, '--out', out]);
    } finally {
      write.mockRestore();
    }
    expect(exitCode).toBe(0);
    expect(printed.join('')).toContain('✅  developer-creates-role-with-boundary');
    const report = readFileSync(out, 'utf8');
    expect(report).toContain(`✅ ${PROOF_IDS.length} of ${PROOF_IDS.length} guardrail proofs hold.`);
    expect(report).toContain(
      '| ✅ | execution-role-leaves-organization | execution-role | `organizations:LeaveOrganization` | Deny | Deny |',
    );
  });

  test('exits 1 and reports the failing proof when a guardrail is broken', async () => {
    const root = copyOfExampleRepository();
    deleteScpStatement(root, 'deny-leave-organization', 'DenyLeaveOrganization');
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let exitCode: number;
    try {
      exitCode = await main(['--repo', root]);
    } finally {
      write.mockRestore();
    }
    expect(exitCode).toBe(1);
    const report = readFileSync(join(root, 'guardrail-report.md'), 'utf8');
    expect(report).toContain('| ❌ | execution-role-leaves-organization |');
    expect(report).toContain('### Why proofs fail');
  });
});

describe('a pull request cannot point the proofs outside the repository', () => {
  const quietly = async (argv: string[]) => {
    const out = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const errors: string[] = [];
    const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    try {
      return { exitCode: await main(argv), stderr: errors.join('') };
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  };

  test('an SCP that is a symbolic link to a file outside is refused, and its content never printed', async () => {
    const root = copyOfExampleRepository();
    const secret = join(mkdtempSync(join(tmpdir(), 'vend-secret-')), 'secret.json');
    writeFileSync(secret, '{"token": "ghs_do_not_print"}');
    rmSync(join(root, 'baselines/scps/deny-root-user.json'));
    symlinkSync(secret, join(root, 'baselines/scps/deny-root-user.json'));
    const { exitCode, stderr } = await quietly(['--repo', root, '--out', join(root, 'out.md')]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain("'baselines/scps/deny-root-user.json' is a symbolic link");
    expect(stderr).not.toContain('ghs_do_not_print');
  });

  test('a proof table path that leaves the repository is refused', async () => {
    const root = copyOfExampleRepository();
    await expect(runGuardrailProofs(root, { proofTableFile: '../../etc/passwd' })).rejects.toThrow(
      "'../../etc/passwd' points outside the repository",
    );
  });

  test('the report is never written through a symbolic link the pull request committed', async () => {
    const root = copyOfExampleRepository();
    const victim = join(mkdtempSync(join(tmpdir(), 'vend-victim-')), 'action.yml');
    writeFileSync(victim, 'original\n');
    symlinkSync(victim, join(root, 'guardrail-report.md'));
    const { exitCode, stderr } = await quietly(['--repo', root]);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('is a symbolic link inside');
    expect(readFileSync(victim, 'utf8')).toBe('original\n');
  });
});

describe('the AGPL simulator stays out of what Vend ships', () => {
  const MARKERS = ['@cloud-copilot', 'iam-simulate', 'p-RCPFullAWSAccess', 'DiscoveryContextKeyConstraints'];

  test('package.json lists @cloud-copilot packages as dev dependencies only', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    for (const section of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies']) {
      expect(Object.keys(manifest[section] ?? {}).filter((name) => name.startsWith('@cloud-copilot/'))).toEqual([]);
    }
  });

  test('no source file under src/ refers to the simulator or the proof scripts', () => {
    const offenders = filesUnder(join(REPO_ROOT, 'src')).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return MARKERS.some((marker) => text.includes(marker)) || text.includes('scripts/guardrails');
    });
    expect(offenders.map((file) => relative(REPO_ROOT, file))).toEqual([]);
  });

  test('the action and CLI bundles pull in no simulator module, and a built dist/ contains none of its code', async () => {
    const result = await build({
      entryPoints: [join(REPO_ROOT, 'src/main.ts'), join(REPO_ROOT, 'src/cli.ts')],
      bundle: true,
      write: false,
      metafile: true,
      outdir: join(tmpdir(), 'vend-agpl-check'),
      platform: 'node',
      format: 'esm',
      splitting: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((input) => input.includes('@cloud-copilot') || input.includes('scripts/guardrails'))).toEqual(
      [],
    );

    const distFiles = existsSync(join(REPO_ROOT, 'dist')) ? filesUnder(join(REPO_ROOT, 'dist')) : [];
    const tainted = distFiles.filter((file) => MARKERS.some((marker) => readFileSync(file, 'utf8').includes(marker)));
    expect(tainted.map((file) => relative(REPO_ROOT, file))).toEqual([]);
  });
});

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

test('the markdown report escapes proof text from the repository before it reaches the PR comment', () => {
  const proof = {
    id: '[approve](https://evil.example)',
    description: '@security-team <img src=x>',
    principal: 'developer',
    action: 'iam:CreateRole`injected`',
    context: {},
    absentContext: [],
    expect: 'Deny',
    deniedBy: [],
    notAllowedBy: [],
  } as unknown as ProofOutcome['proof'];
  const markdown = renderMarkdownReport({
    passed: false,
    outcomes: [{ proof, passed: false, decision: 'Allow', explicitDenies: [], problems: ['<b>bold</b>'] }],
  });
  expect(markdown).not.toContain('[approve](https://evil.example)');
  // Word joiners (U+2060) in `://` and around `@`: GitHub makes no link or mention of them.
  expect(markdown).toContain('\\[approve\\](https:/\u2060/evil.example)');
  expect(markdown).toContain('\u2060@\u2060security-team &lt;img src=x&gt;');
  expect(markdown).toContain("`iam:CreateRole'injected'`");
  expect(markdown).not.toContain('<b>');
});
