import type { DesiredState } from '../../src/config/desired-state.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import type { Plan } from '../../src/plan/plan.js';
import { describeChanges } from '../../src/report/change-effects.js';
import { flaggedSections } from '../../src/report/plan-markdown-flagged.js';
import { accountTable } from '../../src/report/plan-markdown-accounts.js';
import { fitComment, GITHUB_COMMENT_LIMIT } from '../../src/report/fit-comment.js';
import {
  accountTableCut,
  COMMENT_DIFF_LINES,
  planSections,
  renderPlanComment,
  renderPlanSummary,
} from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { withoutSecrets } from '../../src/report/plan-json.js';
import { serializePlan } from '../../src/commands/plan.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  desiredBaseline,
  desiredOrganizationalUnit,
  desiredOrganizationalUnitAt,
  emptyOrganization,
  observedAccount,
  observedPolicy,
  accountIdOf,
  observedStackSet,
  organizationalUnitIdOf,
  referenceDesiredState,
} from '../support/plan-fixtures.js';
import { rolesTemplate, syntheticPlan } from '../support/synthetic-plan.js';

/** The plan from `previous` (what AWS has) to `desired`, as the comment, the job summary and the terminal show it. */
function rendered(desired: DesiredState, observed: ObservedState) {
  const plan = computePlan(desired, observed);
  return {
    plan,
    comment: renderPlanComment(plan),
    summary: renderPlanSummary(plan),
    text: renderPlanText(plan),
  };
}

/** The comment's high-impact callout, up to the blank line that ends it. */
function highImpactCallout(comment: string): string {
  const start = comment.indexOf('> [!IMPORTANT]');
  return comment.slice(start, comment.indexOf('\n\n', start));
}

/** The lines of the comment's change list, the diff block of "N changes, by resource". */
function changeList(comment: string): string[] {
  const list = /changes?, by resource<\/summary>\n\n(`{3,})diff\n([\s\S]*?)\n\1\n/.exec(comment);
  if (!list) throw new Error(`the comment has no change list:\n${comment}`);
  return list[2]!.split('\n');
}

/** The reference organization with a human-roles baseline (one NoEcho parameter) deployed to payments-dev. */
function withHumanRoles(parameters: Record<string, string>): DesiredState {
  const previous = referenceDesiredState();
  previous.baselines.push(
    desiredBaseline('human-roles', { regions: ['us-east-1'], templateBody: rolesTemplate(3600), parameters }),
  );
  desiredAccountNamed(previous, 'payments-dev').baselines.push('human-roles');
  return previous;
}

describe('each change states its effect in reviewer terms', () => {
  test('stack-instance changes name their accounts and regions, with a count past eight accounts', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    for (let index = 0; index < 12; index++)
      desired.accounts.push(
        desiredAccount(`bulk-${String(index).padStart(2, '0')}`, {
          ou: 'Workloads/NonProd',
          baselines: ['permissions-boundary', 'automation-roles'],
        }),
      );
    desiredAccountNamed(desired, 'payments-prod').regions = ['us-east-1'];
    const { comment, text } = rendered(desired, convergedObservation(previous));

    const list = changeList(comment);
    const deploy = list.indexOf('+ Deploy permissions-boundary to 12 stack instances (12 accounts)');
    expect(list[deploy + 1]).toBe(
      '    us-east-1: 12 accounts: bulk-00, bulk-01, bulk-02, bulk-03, bulk-04, bulk-05, bulk-06, bulk-07 and 4 more',
    );
    const removal =
      '- Remove 1 regional-guardrails stack instance (its stack and its resources are deleted)  [destructive]';
    expect(list[list.indexOf(removal) + 1]).toBe('    eu-west-1: payments-prod');
    // Destructive changes are set apart above the details, with the same effect.
    expect(comment).toContain(
      '> - Remove 1 regional-guardrails stack instance (its stack and its resources are deleted)\n>   - eu-west-1: payments-prod',
    );
    expect(text).toContain(`  ${removal}\n      eu-west-1: payments-prod`);
  });

  test('tag changes show each key old → new, and removed tags', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedAccount(observed, 'payments-dev').tags!.CostCenter = '0000';
    observedAccount(observed, 'payments-dev').tags!.Stale = 'yes';
    const { comment, text } = rendered(desired, observed);
    // In apply's order: removals first, so an account at the 50-tag limit never holds both.
    expect(changeList(comment)).toEqual([
      '# account payments-dev',
      '~ Remove undeclared tag Stale from payments-dev',
      '    Stale: "yes" → (removed)',
      '~ Set tag CostCenter on payments-dev',
      '    CostCenter: "0000" → "4711"',
    ]);
    expect(text).toContain('  ~ Set tag CostCenter on payments-dev\n      CostCenter: "0000" → "4711"');
  });

  test("an SCP's new content is a unified diff of the pretty-printed JSON, and at the root it is high impact", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const scp = desired.scps.find((candidate) => candidate.name === 'deny-leave-organization')!;
    scp.content = scp.content.replace('"organizations:LeaveOrganization"', '"organizations:Leave*"');
    const { comment, text } = rendered(desired, observed);

    // The whole policy, so the changed line reads within its statement (an action under NotAction exempts).
    expect(comment).toContain(
      [
        '#### SCP deny-leave-organization: new content',
        '',
        '```diff',
        '@@ -1,11 +1,11 @@',
        ' {',
        '   "Version": "2012-10-17",',
        '   "Statement": [',
        '     {',
        '       "Sid": "denyleaveorganization",',
        '       "Effect": "Deny",',
        '-      "Action": "organizations:LeaveOrganization",',
        '+      "Action": "organizations:Leave*",',
        '       "Resource": "*"',
        '     }',
        '   ]',
        ' }',
        '```',
      ].join('\n'),
    );
    expect(comment).toContain(
      // Leave* denies all that LeaveOrganization did: far-reaching, but no loosening.
      '> - Update SCP deny-leave-organization from scps/deny-leave-organization.json\n>   - high impact: new content for an SCP attached to the root or to more than one target\n>   - in force for 3 accounts through the root: payments-dev, payments-prod and security-audit',
    );
    expect(comment).toMatch(/> \*\*1 high-impact change\.\*\* It deletes nothing but reaches far/);
    expect(text).toContain('      -      "Action": "organizations:LeaveOrganization",');
  });

  test("a new StackSet's template is all added lines, from an empty file: no removed blank line", () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    desired.baselines.push(
      desiredBaseline('logging', { templateBody: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n' }),
    );
    desiredOrganizationalUnitAt(desired, 'Workloads').baselines.push('logging');
    const { comment } = rendered(desired, convergedObservation(previous));
    expect(comment).toContain('```diff\n@@ -0,0 +1,3 @@\n+Resources:\n+  Topic:\n+    Type: AWS::SNS::Topic\n```');
  });

  test('a template diff that fits is shown whole, however long: padding cannot push a change out of sight', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const body = previous.baselines[2]!.templateBody;
    desired.baselines[2]!.templateBody = `${Array.from({ length: 200 }, (_, index) => `# note ${index}`).join('\n')}\n${body}  Extra:\n    Type: AWS::SNS::Topic\n`;
    const { comment } = rendered(desired, convergedObservation(previous));
    expect(comment).toContain('+  Extra:');
    expect(comment).not.toContain('Cut to its changes');
  });

  test('a diff cut for the comment keeps every change: 1,400 lines of comment padding around one cannot hide it', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const body = previous.baselines[2]!.templateBody;
    const padding = Array.from({ length: 700 }, (_, index) => `# padding ${index} ${'p'.repeat(100)}`).join('\n');
    desired.baselines[2]!.templateBody = `${padding}\n${body}  Sneaky:\n    Type: AWS::SNS::Topic\n${padding}\n`;
    const comment = renderPlanComment(computePlan(desired, convergedObservation(previous)));
    expect(comment).toContain('Cut to its changes');
    expect(comment).toContain('+  Sneaky:');
    expect(comment).toContain('… 700 added or removed comment or blank lines not shown');
  });

  test('a template diff too long for the comment is cut there only; its summary names the first resources and counts the rest', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const long = (suffix: string) =>
      `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${Array.from({ length: 150 }, (_, index) => `  Topic${index}:\n    Type: AWS::SNS::Topic\n    Properties: { TopicName: t${index}${suffix}, Tags: [{ Key: note, Value: ${'x'.repeat(250)} }] }\n`).join('')}`;
    previous.baselines[2]!.templateBody = long('');
    desired.baselines[2]!.templateBody = long('-v2');
    const { comment, summary, text } = rendered(desired, convergedObservation(previous));

    const block =
      /new template \((\d+) lines of diff\)<\/summary>\n\n```diff\n([\s\S]*?)\n```\n\n_Cut to its changes \((\d+) lines of diff in all\); the job summary has it whole\._/.exec(
        comment,
      );
    expect(block?.[2]?.split('\n').length).toBeLessThanOrEqual(COMMENT_DIFF_LINES + 1);
    expect(block?.[2]).toMatch(/\n… \d+ more lines not shown$/);
    expect(block?.[1]).toBe(block?.[3]);
    expect(comment).toContain('template changes 150 resources: Topic0 (AWS::SNS::Topic), Topic1 (AWS::SNS::Topic)');
    // Forty names and a count: a summary line of every padding resource would crowd the comment.
    expect(comment).toContain('Topic133 (AWS::SNS::Topic), and 110 more');
    for (const whole of [summary, text]) {
      expect(whole).toContain('+    Properties: { TopicName: t149-v2, Tags:');
      expect(whole).not.toContain('more lines of this diff not shown');
    }
  });

  test('a template diff cut to the room left says so inside its block, as a shortened one does', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const long = (suffix: string) =>
      `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${Array.from({ length: 150 }, (_, index) => `  Topic${index}:\n    Type: AWS::SNS::Topic\n    Properties: { TopicName: t${index}${suffix}, Tags: [{ Key: note, Value: ${'x'.repeat(150)}${index} }] }\n`).join('')}`;
    for (const [index, baseline] of previous.baselines.entries()) {
      baseline.templateBody = long(`-${index}`);
      desired.baselines[index]!.templateBody = long(`-${index}-v2`);
    }
    for (let index = 0; index < 120; index++)
      desired.accounts.push(
        desiredAccount(`filler-${index}`, { ou: 'Workloads/NonProd', baselines: ['regional-guardrails'] }),
      );
    const comment = renderPlanComment(computePlan(desired, convergedObservation(previous)));
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const blocks = [
      ...comment.matchAll(/new template \(\d+ lines of diff\)<\/summary>\n\n(`{3,})diff\n[\s\S]*?\n\1(\n\n[^\n]*)?/g),
    ];
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block[2]).toMatch(/^\n\n_Cut to its changes \(\d+ lines of diff in all\)/);
  });

  test('plan --format json prints NoEcho values masked; the plan file keeps them, for apply', () => {
    const previous = withHumanRoles({ ExternalId: 'hunter2-old', BoundaryPolicyName: 'vend-workload-boundary' });
    const desired = structuredClone(previous);
    desired.baselines[3]!.parameters = { ExternalId: 'hunter2-new', BoundaryPolicyName: 'vend-boundary-v2' };
    const plan = computePlan(desired, convergedObservation(previous));
    const printed = serializePlan(withoutSecrets(plan));
    expect(printed).not.toContain('hunter2');
    expect(printed).toContain('"ExternalId": "****"');
    expect(printed).toContain('vend-boundary-v2');
    expect(serializePlan(plan)).toContain('hunter2-new');
  });

  test('plan --format json masks the NoEcho Default in both templates of a template edit, as the comment does', () => {
    const withDefault = (secret: string, seconds: number) =>
      rolesTemplate(seconds).replace('    NoEcho: true\n', `    NoEcho: true\n    Default: ${secret}\n`);
    const previous = withHumanRoles({ BoundaryPolicyName: 'vend-workload-boundary' });
    previous.baselines[3]!.templateBody = withDefault('hunter2-deployed', 3600);
    const desired = structuredClone(previous);
    desired.baselines[3]!.templateBody = withDefault('hunter2-new', 7200);
    const plan = computePlan(desired, convergedObservation(previous));
    const printed = serializePlan(withoutSecrets(plan));

    expect(printed).not.toContain('hunter2');
    expect(printed).toContain('(NoEcho: changed, not shown)');
    expect(printed).toContain('MaxSessionDuration: 7200');
    expect(serializePlan(plan)).toContain('hunter2-new');
  });

  test('parameter changes show old → new; a NoEcho parameter shows as changed, its values nowhere', () => {
    const previous = withHumanRoles({ ExternalId: 'hunter2-old', BoundaryPolicyName: 'vend-workload-boundary' });
    const desired = structuredClone(previous);
    desired.baselines[3]!.parameters = { ExternalId: 'hunter2-new', BoundaryPolicyName: 'vend-boundary-v2' };
    const { comment, summary, text } = rendered(desired, convergedObservation(previous));

    expect(changeList(comment)).toEqual(
      expect.arrayContaining([
        // Its reach names the instances' regions as well as their accounts.
        '    redeploys 1 stack instance in 1 account:',
        '      us-east-1: payments-dev',
        '    parameters:',
        '      BoundaryPolicyName: "vend-workload-boundary" → "vend-boundary-v2"',
        '      ExternalId: changed (NoEcho: values not shown)',
      ]),
    );
    for (const output of [comment, summary, text]) expect(output).not.toMatch(/hunter2/);
  });

  test('a principal named through a NoEcho parameter points the reviewer to where its value is set', () => {
    const previous = withHumanRoles({ ExternalId: 'hunter2', BoundaryPolicyName: 'vend-workload-boundary' });
    const desired = structuredClone(previous);
    desired.baselines[3]!.templateBody = rolesTemplate(3600).replace(
      'Principal: { AWS: !Sub "arn:aws:iam::222233334444:root" }',
      'Principal: { AWS: !Ref ExternalId }',
    );
    const { comment, text } = rendered(desired, convergedObservation(previous));
    for (const output of [comment, text]) {
      expect(output).toContain('template trusts new principals: AWS: !Ref ExternalId');
      expect(output).toContain(
        "principal parameter ExternalId is NoEcho, so its value is never shown: it is set under this baseline's parameters in baselines/organization.yaml (else the template's Default), or per account under parameters in accounts/; read it there before approving",
      );
      expect(output).not.toMatch(/hunter2/);
    }
  });

  test('an update sends a NoEcho parameter with the repository’s value, and says it cannot show whether it changes', () => {
    const previous = withHumanRoles({ ExternalId: 'hunter2', BoundaryPolicyName: 'vend-workload-boundary' });
    // AWS masks the deployed secret, and the plan takes it to be the repository's: only the other parameter changes.
    const desired = structuredClone(previous);
    desired.baselines[3]!.parameters = { ExternalId: 'hunter2', BoundaryPolicyName: 'vend-boundary-v2' };
    const { comment, text } = rendered(desired, convergedObservation(previous));
    expect(changeList(comment)).toContainEqual(
      '      ExternalId: sent as the repository has it (NoEcho: not shown); AWS shows the deployed value only masked, so whether this update changes it cannot be seen',
    );
    for (const output of [comment, text]) expect(output).not.toMatch(/hunter2/);
  });

  test('a parameter set or removed shows the template default in effect where none was set', () => {
    const previous = withHumanRoles({ ExternalId: 'hunter2' });
    const desired = structuredClone(previous);
    desired.baselines[3]!.parameters = { ExternalId: 'hunter2', BoundaryPolicyName: 'vend-boundary-v2' };
    const { comment } = rendered(desired, convergedObservation(previous));
    expect(changeList(comment)).toContainEqual(
      '      BoundaryPolicyName: (not set: default "vend-workload-boundary") → "vend-boundary-v2"',
    );
  });

  test('a parameter the same change makes NoEcho is hidden, but said to be hidden by this change, not a secret', () => {
    const previous = withHumanRoles({ ExternalId: 'hunter2', BoundaryPolicyName: 'vend-workload-boundary' });
    const desired = structuredClone(previous);
    // Hiding a value is the attack: a reviewer who reads only "changed" approves whatever the files say.
    desired.baselines[3]!.templateBody = rolesTemplate(3600).replace(
      '  BoundaryPolicyName:\n    Type: String\n',
      '  BoundaryPolicyName:\n    Type: String\n    NoEcho: true\n',
    );
    desired.baselines[3]!.parameters = { ExternalId: 'hunter2', BoundaryPolicyName: 'attacker-boundary' };
    const { comment, text } = rendered(desired, convergedObservation(previous));

    expect(changeList(comment)).toContainEqual(
      "      BoundaryPolicyName: changed (NoEcho only from this plan's template change, so not shown: read the values in the repository's files before approving)",
    );
    for (const output of [comment, text]) expect(output).not.toMatch(/attacker-boundary|hunter2/);
  });

  test('a NoEcho parameter’s Default, its value wherever nothing overrides it, is masked in the template diff', () => {
    const withDefault = (value: string) =>
      rolesTemplate(3600).replace('    NoEcho: true\n', `    NoEcho: true\n    Default: ${value}\n`);
    const previous = referenceDesiredState();
    previous.baselines.push(
      desiredBaseline('human-roles', {
        regions: ['us-east-1'],
        templateBody: withDefault('hunter2-old'),
        parameters: { BoundaryPolicyName: 'vend-workload-boundary' },
      }),
    );
    desiredAccountNamed(previous, 'payments-dev').baselines.push('human-roles');
    const desired = structuredClone(previous);
    desired.baselines[3]!.templateBody = withDefault('hunter2-new');
    const { comment, summary, text } = rendered(desired, convergedObservation(previous));

    for (const output of [comment, summary, text]) {
      expect(output).not.toMatch(/hunter2/);
      // Still shown to change, without its values.
      expect(output).toContain('-    Default: "****"');
      expect(output).toContain('+    Default: "(NoEcho: changed, not shown)"');
    }
  });

  test('stack instances whose overrides change show each override old → new, and no group id', () => {
    const previous = referenceDesiredState();
    desiredAccountNamed(previous, 'payments-dev').parameters = { 'automation-roles': { DeployRole: 'arn:old' } };
    const desired = structuredClone(previous);
    desiredAccountNamed(desired, 'payments-dev').parameters = { 'automation-roles': { DeployRole: 'arn:new' } };
    const { plan, comment, text } = rendered(desired, convergedObservation(previous));

    expect(plan.changes.map((change) => change.id)).toContainEqual(
      expect.stringMatching(/^update-stack-instances:stackset:vend-automation-roles#[0-9a-f]{8}$/),
    );
    expect(changeList(comment)).toEqual([
      '# StackSet vend-automation-roles',
      '~ Update parameter overrides of 1 automation-roles instance in payments-dev',
      '    us-east-1: payments-dev',
      '    parameter overrides:',
      '      DeployRole: "arn:old" → "arn:new"',
    ]);
    for (const output of [comment, text]) expect(output).not.toMatch(/#[0-9a-f]{8}\b/);
  });

  test('an override that differs from the StackSet’s value is listed before one that pins the StackSet’s own', () => {
    const previous = referenceDesiredState();
    desiredAccountNamed(previous, 'payments-dev').parameters = { 'automation-roles': { Zeta: 'arn:old' } };
    const desired = structuredClone(previous);
    desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.parameters = { Alpha: 'shared' };
    // Alpha pins the StackSet's value and sorts first; Zeta, the one that changes what the account gets, must lead.
    desiredAccountNamed(desired, 'payments-dev').parameters = {
      'automation-roles': { Alpha: 'shared', Zeta: 'arn:evil' },
    };
    const { plan, comment } = rendered(desired, convergedObservation(previous));
    const update = plan.changes.find((change) => change.kind === 'update-stack-instances')!;
    expect(update.after).toMatchObject({ differingOverrides: ['Zeta'] });
    const list = changeList(comment);
    const at = list.indexOf('    parameter overrides:');
    expect(list.slice(at + 1, at + 3)).toEqual([
      '      Zeta: "arn:old" → "arn:evil"',
      '      Alpha: (not set) → "shared"',
    ]);
  });

  test('a moved account lists the SCPs and baselines it gains and loses, in the list and the accounts table', () => {
    const desired = referenceDesiredState();
    // The new OU gives the baseline: the move, not the manifest, brings it.
    desiredOrganizationalUnitAt(desired, 'Workloads/Prod').baselines.push('regional-guardrails');
    const observed = convergedObservation(desired);
    const moved = observedAccount(observed, 'payments-prod');
    moved.parentPath = 'Workloads/NonProd';
    moved.parentId = organizationalUnitIdOf('Workloads/NonProd');
    observedStackSet(observed, 'regional-guardrails').instances = [];
    const { comment } = rendered(desired, observed);

    expect(changeList(comment)).toEqual(
      expect.arrayContaining([
        '~ Move account payments-prod from Workloads/NonProd to Workloads/Prod',
        '    gains SCP deny-unapproved-regions',
        '    gains baseline regional-guardrails',
      ]),
    );
    expect(comment).toContain(
      '| ↪️ moved | Workloads/NonProd → **Workloads/Prod** | FullAWSAccess, deny-leave-organization, require-permissions-boundary, **+deny-unapproved-regions** |',
    );
  });

  test('a baseline the manifest drops in the same edit is not said to be lost by the move', () => {
    const desired = referenceDesiredState();
    desiredAccountNamed(desired, 'payments-prod').baselines = ['permissions-boundary', 'automation-roles'];
    const observed = convergedObservation(referenceDesiredState());
    const moved = observedAccount(observed, 'payments-prod');
    moved.parentPath = 'Workloads/NonProd';
    moved.parentId = organizationalUnitIdOf('Workloads/NonProd');
    const lines = changeList(rendered(desired, observed).comment);
    const move = lines.indexOf('~ Move account payments-prod from Workloads/NonProd to Workloads/Prod');
    expect(move).toBeGreaterThanOrEqual(0);
    expect(lines.slice(move + 1, move + 3)).toEqual([
      '    gains SCP deny-unapproved-regions',
      expect.not.stringContaining('baseline'),
    ]);
  });

  test('a move out from under a level that allows nothing says what it lifts, and is high impact', () => {
    const desired = referenceDesiredState();
    desiredOrganizationalUnitAt(desired, 'Workloads/NonProd').fullAWSAccess = false;
    desiredOrganizationalUnitAt(desired, 'Workloads/NonProd').scps.push('deny-leave-organization');
    const observed = convergedObservation(desired);
    const moved = observedAccount(observed, 'payments-prod');
    moved.parentPath = 'Workloads/NonProd';
    moved.parentId = organizationalUnitIdOf('Workloads/NonProd');
    const plan = computePlan(desired, observed);
    expect(plan.changes.find((change) => change.kind === 'move-account')).toMatchObject({
      highImpact: true,
      highImpactReason:
        'the account leaves a level where no SCP allows anything: what is denied there today may be allowed again',
    });
    expect(changeList(renderPlanComment(plan))).toContain(
      '    leaves OU Workloads/NonProd, where no attached SCP allows anything: every action denied there today is allowed again as far as the SCPs of its new path allow',
    );
  });

  test("a moved account's row and move line show another team's SCP on its new OU among what it gains", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const moved = observedAccount(observed, 'payments-prod');
    moved.parentPath = 'Workloads/NonProd';
    moved.parentId = organizationalUnitIdOf('Workloads/NonProd');
    observed.foreignScpsByTarget[organizationalUnitIdOf('Workloads/Prod')] = [
      { id: 'p-foreign1', name: 'finance-deny-gpu' },
    ];
    const { comment } = rendered(desired, observed);
    expect(changeList(comment)).toContain("    gains SCPs deny-unapproved-regions, finance-deny-gpu (not vend's)");
    expect(comment).toContain(
      "require-permissions-boundary, **+deny-unapproved-regions**, **+finance-deny-gpu** (not vend's) |",
    );
  });

  test("an account's SCPs in force include other teams' SCPs on its path, said to be theirs", () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    desiredAccountNamed(desired, 'payments-prod').tags = {
      ...desiredAccountNamed(desired, 'payments-prod').tags,
      Tier: '1',
    };
    const observed = convergedObservation(previous);
    observed.foreignScpsByTarget[observed.root.id] = [{ id: 'p-foreign2', name: 'org-allow-list' }];
    const { comment, plan } = rendered(desired, observed);
    expect(plan.accounts.find((account) => account.name === 'payments-prod')?.foreignScpsInForce).toEqual([
      'org-allow-list',
    ]);
    expect(comment).toMatch(/\| [^|\n]*require-permissions-boundary[^|\n]*, org-allow-list \(not vend's\) \|/);
  });

  test('an account that stays put still shows the SCP and the region it loses, struck through', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    // Detached from its OU, and one region fewer in the manifest: nothing moves, yet the account loses both.
    desired.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.scps = [];
    const account = desiredAccountNamed(desired, 'payments-prod');
    account.regions = account.regions.slice(0, 1);
    const { plan, comment } = rendered(desired, observed);
    const row = comment.split('\n').find((line) => line.startsWith('| **payments-prod**'))!;
    expect(row).toContain('~~deny-unapproved-regions~~');
    expect(row).toMatch(new RegExp(`× ${account.regions[0]}, ~~[a-z0-9-]+~~`));
    expect(plan.accounts.find((planned) => planned.name === 'payments-prod')!.gainsAndLosses).toMatchObject({
      gains: { scps: [], instances: [] },
      loses: { scps: ['deny-unapproved-regions'] },
    });
  });

  test('an account the plan does not change itself, but whose OU loses an SCP, is listed as reached, with the loss', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!.scps = [];
    const { plan, comment } = rendered(desired, observed);
    expect(plan.accounts.map((account) => [account.name, account.status])).toEqual([['payments-prod', 'reached']]);
    const row = comment.split('\n').find((line) => line.startsWith('| **payments-prod**'))!;
    expect(row).toContain('| ↘️ SCPs change through its OU or the root |');
    expect(row).toContain('~~deny-unapproved-regions~~');
  });

  test('detaching an SCP names the accounts that lose it, set apart as destructive', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'security-audit').scps = [];
    const { comment } = rendered(desired, observed);
    expect(comment).toContain(
      '> - Detach SCP deny-unapproved-regions from account security-audit\n>   - 1 account loses it: security-audit',
    );
  });
});

describe('the header is honest', () => {
  test('hundreds of problems of one kind: as many as fit are listed, the one of another kind first', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    // One problem of its own kind: a catalogue SCP that another holds with other content.
    Object.assign(observedPolicy(observed, 'deny-leave-organization'), { tags: {}, content: '{"Statement":[]}' });
    for (let index = 0; index < 2000; index++)
      desired.accounts.push(
        desiredAccount(`unowned-${String(index).padStart(4, '0')}`, {
          ou: 'Workloads/NonProd',
          owner: 'vend:unassigned',
        }),
      );
    const { plan, comment } = rendered(desired, observed);
    expect(plan.problems).toHaveLength(2001);
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const listed = comment.split('\n').filter((line) => line.startsWith('> - `'));
    // Not all 2,001, and not only twenty, while the comment has room.
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.length).toBeLessThan(2001);
    expect(listed[0]).toContain('`scp:deny-leave-organization`');
    expect(comment).toContain(`> - … and ${2001 - listed.length} more, listed in`);
  });

  test('problems give way only after the details, and every one stays named while one line each fits', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    for (let index = 0; index < 300; index++)
      desired.accounts.push(
        desiredAccount(`unowned-${String(index).padStart(4, '0')}`, {
          ou: 'Workloads/NonProd',
          owner: 'vend:unassigned',
        }),
        desiredAccount(`plain-${String(index).padStart(4, '0')}-with-a-rather-long-name`, { ou: 'Workloads/NonProd' }),
      );
    const { plan, comment } = rendered(desired, observed);
    expect([plan.problems.length, plan.changes.length]).toEqual([300, 300]);
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const listed = comment.split('\n').filter((line) => line.startsWith('> - `'));
    // 300 messages of some 1,000 characters cannot all stand: they shorten, then go, before any problem is left out.
    expect(listed).toHaveLength(300);
    expect(comment).not.toContain('more, listed in');
    expect(comment).toContain('> _Shortened to fit: each problem in full in the job summary and the plan file._');
    for (const problem of plan.problems) expect(comment).toContain(`\`${problem.target}\``);
    expect(comment).not.toContain('```mermaid');
  });

  test("a problem names its target as declared, a '|' or a backtick in an OU name included", () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    Object.assign(observedPolicy(observed, 'deny-leave-organization'), { tags: {}, content: '{"Statement":[]}' });
    const plan = computePlan(desired, observed);
    plan.problems[0]!.target = 'ou:Team|A `x`';
    // Outside a table a backslash before the pipe would show: CommonMark keeps backslashes in code spans.
    expect(renderPlanComment(plan)).toContain('> - `` ou:Team|A `x` `` ');
  });

  test('when problems block apply, it says so and promises no changes', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    Object.assign(observedPolicy(observed, 'deny-leave-organization'), { tags: {}, content: '{"Statement":[]}' });
    desired.accounts.push(desiredAccount('new-app', { ou: 'Workloads/NonProd' }));
    const { plan, comment, text } = rendered(desired, observed);

    expect(plan.problems).toHaveLength(1);
    const [marker, heading, , intro] = comment.split('\n');
    expect(marker).toBe('<!-- vend:plan -->');
    expect(heading).toBe(`## Vend plan: blocked by 1 problem (1 to create, 0 to change, 0 to destroy)`);
    expect(intro).toContain('**Apply is blocked by 1 problem: it changes nothing until it is fixed.**');
    expect(intro).toContain(
      'the 1 change below is what the plan holds besides, and whatever the problem holds back is planned once it is fixed.',
    );
    expect(comment).not.toMatch(/makes exactly|applies that plan/);
    expect(comment).toContain('> **1 problem blocks apply:**');
    expect(text).toMatch(/^Plan: 1 to create, 0 to change, 0 to destroy\. Apply is blocked by 1 problem/m);
    expect(text).toContain(
      'The plan holds this change, by resource; apply makes no change while the problem below stands:',
    );
    expect(text).not.toContain('Vend will make these changes');
    // What plan does not read is said beside the digest, not only when nothing changes.
    expect(comment.split('\n').at(-1)).toMatch(
      /^<sub>Plan digest .* · Parameter overrides of stack instances are read only where a manifest declares them/,
    );
  });

  test('singular and plural agree: "1 change", never "1 changes" or "change(s)"', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desiredAccountNamed(desired, 'security-audit').scps = [];
    const { comment, text } = rendered(desired, observed);
    expect(comment).toContain('1 change, by resource');
    expect(comment).toContain('> **1 destructive change.** Apply carries it out only with `allow-destructive`');
    expect(text).toContain('1 destructive change [destructive]: apply carries it out only with --allow-destructive.');
    for (const output of [comment, text]) expect(output).not.toMatch(/\b1 changes|\(s\)|these 1 /);
  });

  test('an organization that already matches says that merging changes nothing, and what plan does not read', () => {
    const desired = referenceDesiredState();
    const plan = computePlan(desired, convergedObservation(desired));
    expect(renderPlanComment(plan)).toContain('## Vend plan: 0 to create, 0 to change, 0 to destroy');
    expect(renderPlanComment(plan)).toContain(
      'in everything plan reads: merging changes nothing in AWS. Parameter overrides of stack instances are read only',
    );
    expect(renderPlanText(plan)).toContain(
      'No changes. The organization matches the repository, in everything plan reads. Parameter overrides of stack instances are read only where a manifest declares them or vend recorded them',
    );
  });
});

describe('the comment fits GitHub', () => {
  test('the diff of a flagged SCP outlives bulky details: the list shrinks to headlines first', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const root = desired.scps.find((scp) => scp.name === 'deny-leave-organization')!;
    root.content = root.content.replace('"Deny"', '"Allow"');
    // 40 long tags on every account: thousands of lines of tag detail in the list of changes.
    for (const account of desired.accounts)
      for (let index = 0; index < 40; index++) account.tags[`Note${index}`] = `${index}-${'n'.repeat(240)}`;
    // As the comment renders it, at a third of GitHub's limit: tags of three accounts fill that.
    const comment = fitComment(planSections(computePlan(desired, observed), {}, COMMENT_DIFF_LINES), {
      limit: 20_000,
    });
    expect(comment.length).toBeLessThanOrEqual(20_000);
    expect(comment).not.toContain('n'.repeat(240));
    expect(comment).toContain('#### SCP deny-leave-organization: new content');
    expect(comment).toMatch(/^-\s+"Effect": "Deny",$/m);
    expect(comment).toMatch(/^\+\s+"Effect": "Allow",$/m);
  });

  function hugePlan(accountCount: number): { plan: Plan; closing: string } {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const closing = desired.accounts[0]!;
    closing.closed = true;
    // A policy vend does not own, holding other content under a catalogue name: the one problem.
    Object.assign(observedPolicy(observed, 'deny-leave-organization'), { tags: {}, content: '{"Statement":[]}' });
    desired.organization.root.scps.push('deny-unapproved-regions');
    for (let index = 0; index < accountCount; index++)
      desired.accounts.push(
        // Beneath no other attachment of deny-unapproved-regions: each gains it from the root.
        desiredAccount(`bulk-account-${String(index).padStart(5, '0')}`, { ou: 'Workloads/NonProd' }),
      );
    return { plan: computePlan(desired, observed), closing: closing.name };
  }

  test('3,000 new accounts: under 65,536 characters, details trimmed, never the summary, flagged changes or problems', () => {
    const { plan, closing } = hugePlan(3000);
    const comment = renderPlanComment(plan, { commitSha: '0123456789abcdef0123' });
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toContain(`## Vend plan: blocked by 1 problem (3,001 to create`);
    const kept = planSections(plan, {}).filter((section) => section.keep);
    expect(kept.map((section) => section.markdown.split('\n')[0])).toEqual([
      '<!-- vend:plan -->',
      '> [!CAUTION]',
      '> [!WARNING]',
      '> [!IMPORTANT]',
      expect.stringMatching(/^<sub>Plan digest/),
    ]);
    for (const section of kept.slice(0, -1)) expect(comment).toContain(section.markdown);
    expect(comment).toContain(`> - Close account ${closing}`);
    expect(comment).toContain(
      '> - Attach SCP deny-unapproved-regions to the root\n>   - high impact: at the root: it reaches every account\n>   - 3,000 accounts gain it: bulk-account-00000, bulk-account-00001,',
    );
    expect(comment).toContain(plan.digest);
    // The change list is cut between resources, and what it leaves out is counted in changes, by kind.
    const listed =
      /<summary>([\d,]+) changes, by resource, the first ([\d,]+) changes one line each \(trimmed to fit; see the job summary\)<\/summary>\n\n```diff\n([\s\S]*?)\n```\n\n_… ([\d,]+) more changes not shown: ([\d,]+) account creations, ([^;]*); (.*); see the job summary\._/.exec(
        comment.replace(/(\d),(\d{3})/g, '$1$2'),
      );
    expect(listed).not.toBeNull();
    const [, all, shown, lines, left, creationsLeft, otherKinds, named] = listed!;
    expect(Number(all)).toBe(plan.changes.length);
    expect(Number(shown) + Number(left)).toBe(plan.changes.length);
    expect(lines!.split('\n').filter((line) => /^[+~-] /.test(line))).toHaveLength(Number(shown));
    expect(lines).not.toMatch(/^# .*\n(\n|$)/m);
    expect(lines!.split('\n').at(-1)).toMatch(/^[+~-] /);
    expect(Number(creationsLeft)).toBeGreaterThan(1000);
    expect(otherKinds).toMatch(/1 account closure/);
    // StackSet changes, which may reach thousands of accounts, are named rather than counted as "1 … removal".
    expect(named).toMatch(
      /^`Remove 1 automation-roles stack instance \(its stack and its resources are deleted\)`; `Remove 1 permissions-boundary/,
    );
    expect(comment).toMatch(/more lines? trimmed to fit GitHub's comment limit/);
    expect((comment.match(/<details[ >]/g) ?? []).length).toBe((comment.match(/<\/details>/g) ?? []).length);
    expect((comment.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  test('the accounts table and the OU tree give way first; then details, never a change of the list', () => {
    const { plan } = hugePlan(400);
    const comment = renderPlanComment(plan);
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).not.toContain('Where accounts land in the OU tree');
    expect(comment).toContain(
      `${plan.changes.length} changes, by resource, one line each (details trimmed to fit; see the job summary)</summary>`,
    );
    for (const change of plan.changes) expect(comment).toContain(change.description);
  });

  test('an accounts table cut to fit keeps whole rows and counts the rest; it never stands empty', () => {
    const { plan } = hugePlan(400);
    const sections = [{ keep: true, markdown: 'summary' }];
    const table = accountTable(plan);
    const rows = (markdown: string) => markdown.split('\n').filter((line) => /^\| \*\*/.test(line)).length;
    const cut = fitComment(
      [...sections, { keep: false, name: 'the accounts table', markdown: table, cut: accountTableCut(plan) }],
      { limit: Math.floor(table.length / 3) },
    );
    expect(rows(cut)).toBeGreaterThan(0);
    expect(cut).toContain(
      `_… and ${plan.accounts.length - rows(cut)} more accounts, left out to fit GitHub's limit: every one is in the plan file._`,
    );
    expect(
      rows(fitComment([...sections, { keep: false, markdown: table, cut: accountTableCut(plan) }], { limit: 200 })),
    ).toBe(0);
  });

  test('user-supplied text is escaped outside code blocks, and cannot break the Mermaid diagram', () => {
    const desired = referenceDesiredState();
    desired.accounts[0]!.email = 'aws+x@example.com<img src=x onerror=alert(1)>|';
    const topLevel = desired.organizationalUnits.find((unit) => unit.parentPath === null)!;
    topLevel.path = topLevel.name = 'Ops"]:::x\nclick';
    const comment = renderPlanComment(computePlan(desired, emptyOrganization()));
    const outsideCode = comment.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, '');
    expect(outsideCode).not.toContain('<img');
    expect(outsideCode).toContain('&lt;img src=x onerror=alert(1)&gt;\\|');
    expect(outsideCode).not.toContain('"]:::x');
    expect(outsideCode).toContain('["Ops#34;]:::x click"]');
  });

  test('an OU name holding entity codes shows in the Mermaid diagram as written, not as the characters they stand for', () => {
    const desired = referenceDesiredState();
    const topLevel = desired.organizationalUnits.find((unit) => unit.parentPath === null)!;
    topLevel.path = topLevel.name = '&lt;b&gt; #60;1';
    const comment = renderPlanComment(computePlan(desired, emptyOrganization()));
    expect(comment).toContain('["#38;lt;b#38;gt; #35;60;1"]');
  });

  // Mermaid applies a %%{init: …}%% directive wherever it stands in the diagram's text, inside a quoted label too.
  test('an OU name holding a Mermaid directive is shown, not applied', () => {
    const desired = referenceDesiredState();
    const topLevel = desired.organizationalUnits.find((unit) => unit.parentPath === null)!;
    topLevel.path = topLevel.name = "x%%{init: {'theme':'dark'}}%% y";
    const comment = renderPlanComment(computePlan(desired, emptyOrganization()));
    const diagram = comment.slice(
      comment.indexOf('```mermaid'),
      comment.indexOf('```', comment.indexOf('```mermaid') + 3),
    );
    expect(diagram).not.toContain('%%{');
    expect(diagram).toContain('["x#37;#37;{init: {#39;theme#39;:#39;dark#39;}}#37;#37; y"]');
  });
});

describe('what a pull request brings cannot hide a change from the reviewer', () => {
  /** A role another account may assume: the line a reviewer must not miss. */
  const BREAK_GLASS_ROLE = [
    '  BreakGlassRole:',
    '    Type: AWS::IAM::Role',
    '    Properties:',
    '      AssumeRolePolicyDocument:',
    '        Statement:',
    '          - { Effect: Allow, Principal: { AWS: "arn:aws:iam::666666666666:root" }, Action: sts:AssumeRole }',
  ];

  test('a risky resource past a long diff shows in the template summary: the resource and whom it trusts', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const roles = previous.baselines.find((baseline) => baseline.name === 'automation-roles')!;
    roles.templateBody = rolesTemplate(3600);
    const padding = Array.from({ length: 130 }, (_, index) => `# note ${index}`).join('\n');
    desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = [
      padding,
      rolesTemplate(3600),
      ...BREAK_GLASS_ROLE,
      '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]',
    ].join('\n');
    const { comment: marked, text } = rendered(desired, convergedObservation(previous));
    const comment = marked.replaceAll('\u2060', ''); // the word joiners that keep `:aws:` from being an emoji

    const highImpact = comment.slice(comment.indexOf('> [!IMPORTANT]'));
    expect(highImpact).toContain('>   - template adds 1 resource: BreakGlassRole (AWS::IAM::Role)');
    expect(highImpact).toContain('>   - template trusts new principals: AWS: arn:aws:iam::666666666666:root');
    expect(highImpact).toContain(
      '>   - template attaches new managed policies: arn:aws:iam::aws:policy/AdministratorAccess',
    );
    expect(text).toContain('template trusts new principals: AWS: arn:aws:iam::666666666666:root');
  });

  test('a permissions boundary swapped beside 1,200 new accounts still shows in the comment, where its diff cannot', () => {
    const previous = referenceDesiredState();
    previous.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = rolesTemplate(3600);
    const desired = structuredClone(previous);
    desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = rolesTemplate(
      3600,
    ).replace('${BoundaryPolicyName}', '${BoundaryPolicyName}-v2');
    for (let index = 0; index < 1200; index++)
      desired.accounts.push(desiredAccount(`pad-${String(index).padStart(4, '0')}`, { ou: desired.accounts[1]!.ou }));
    const { comment: marked, text } = rendered(desired, convergedObservation(previous));
    const comment = marked.replaceAll('\u2060', '');
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const line =
      'template changes the permissions boundary of ReadOnlyRole: !Sub arn:aws:iam::${AWS::AccountId}:policy/platform/${BoundaryPolicyName} → !Sub arn:aws:iam::${AWS::AccountId}:policy/platform/${BoundaryPolicyName}-v2';
    // Markdown escapes `!` and `$` there; the text is the same.
    expect(comment.slice(comment.indexOf('> [!IMPORTANT]')).replaceAll('\\', '')).toContain(`>   - ${line}`);
    expect(text).toContain(line);
  });

  test('templates padded with hundreds of long resource ids cannot push a new trusted principal out of the comment', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const padding = (baseline: string) =>
      Array.from(
        { length: 150 },
        (_, index) => `  Q${baseline.replaceAll('-', '')}${index}${'X'.repeat(200)}:\n    Type: AWS::SQS::Queue`,
      ).join('\n');
    for (const baseline of desired.baselines) baseline.templateBody = `Resources:\n${padding(baseline.name)}\n`;
    const roles = desired.baselines.find((baseline) => baseline.name === 'automation-roles')!;
    roles.templateBody += [...BREAK_GLASS_ROLE, ''].join('\n');
    const { comment: marked } = rendered(desired, convergedObservation(previous));
    const comment = marked.replaceAll('\u2060', '');
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const highImpact = highImpactCallout(comment);
    expect(highImpact).toContain('>   - template trusts new principals: AWS: arn:aws:iam::666666666666:root');
    expect(highImpact).toMatch(
      /template adds 151 resources: BreakGlassRole \(AWS::IAM::Role\), .*, and (143|111) more/,
    );
  });

  test('the diff of a high-impact SCP change at the root outlasts templates padded with long resource ids', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const padding = (baseline: string) =>
      Array.from(
        { length: 250 },
        (_, index) => `  T${baseline.replaceAll('-', '')}${index}${'X'.repeat(190)}:\n    Type: AWS::SNS::Topic`,
      ).join('\n');
    // One template gains 250 such resources and a role: a high-impact change whose summary, kept, names them all
    // and leaves little room.
    const roles = desired.baselines.find((baseline) => baseline.name === 'automation-roles')!;
    roles.templateBody = `Resources:\n${padding(roles.name)}\n${BREAK_GLASS_ROLE.join('\n')}\n`;
    // And new accounts enough that the list of changes alone would fill what room is left.
    for (let i = 0; i < 150; i++)
      desired.accounts.push(desiredAccount(`bulk-${String(i).padStart(3, '0')}`, { ou: 'Workloads/NonProd' }));
    const rootScp = desired.scps.find((scp) => desired.organization.root.scps.includes(scp.name))!;
    const document = JSON.parse(rootScp.content) as { Statement: Record<string, unknown>[] };
    document.Statement[0]!.Condition = { StringNotEquals: { 'aws:PrincipalAccount': ['666666666666'] } };
    rootScp.content = JSON.stringify(document);
    const { comment } = rendered(desired, convergedObservation(previous));
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const diffs = [...comment.matchAll(/^(`{3,})diff\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]!);
    expect(diffs.some((diff) => diff.includes('666666666666') && diff.includes('aws:PrincipalAccount'))).toBe(true);
    // Shortened or not, each of the few flagged changes still says why it is set apart.
    const flagged = highImpactCallout(comment);
    expect(flagged).toContain(
      '>   - high impact: new content for an SCP attached to the root or to more than one target',
    );
    expect(flagged).toContain('>   - high impact: new template for a baseline that grants or controls access');
  });

  test('a few flagged changes shortened to fit still say why each is set apart; hundreds do not repeat it', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody +=
      '  Extra:\n    Type: AWS::SNS::Topic\n';
    const rootScp = desired.scps.find((scp) => desired.organization.root.scps.includes(scp.name))!;
    const document = JSON.parse(rootScp.content) as { Statement: Record<string, unknown>[] };
    document.Statement[0]!.Condition = { StringNotEquals: { 'aws:PrincipalAccount': ['666666666666'] } };
    rootScp.content = JSON.stringify(document);
    const effects = describeChanges(computePlan(desired, convergedObservation(previous)));
    const listed = { limit: 'comment', elsewhere: 'the job summary' };
    const [section] = flaggedSections(effects, new Set(), 'below', listed);
    for (const shortened of section!.compact!.slice(0, 2)) {
      expect(shortened).toContain(
        '>   - high impact: new content for an SCP attached to the root or to more than one target',
      );
      expect(shortened).toContain('>   - high impact: new template for a baseline that grants or controls access');
    }
    // Past twenty, a reason shared by all would crowd out the accounts each one reaches.
    const many = Array.from({ length: 21 }, () => effects.filter((effect) => effect.change.highImpact)[0]!);
    const [crowded] = flaggedSections(many, new Set(), 'below', listed);
    expect(crowded!.compact![0]).not.toContain('high impact: ');
    // The one SCP among them keeps its reason: its kind is rare, and the reason tells it from the padding.
    const scp = effects.find((effect) => effect.change.kind === 'update-scp')!;
    const template = effects.find((effect) => effect.change.kind === 'update-stackset')!;
    const [padded] = flaggedSections([...Array(21).fill(template), scp], new Set(), 'below', listed);
    expect(padded!.compact![0]).toContain('>   - high impact: new content for an SCP attached to the root');
    expect(padded!.compact![0]).not.toContain('>   - high impact: new template for a baseline');
  });

  test('templates padded with security group rules cannot push a new trusted principal out of the flagged section', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const rules = (prefix: string) =>
      Array.from(
        { length: 138 },
        (_, index) =>
          `  ${prefix}${index}${'X'.repeat(240)}:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties: { GroupId: sg-1, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8 }`,
      ).join('\n');
    for (const baseline of desired.baselines.slice(0, 3))
      baseline.templateBody = `Resources:\n${rules(baseline.name.replaceAll('-', ''))}\n`;
    desired.baselines[0]!.templateBody += `${BREAK_GLASS_ROLE.join('\n')}\n`;
    const { comment } = rendered(desired, convergedObservation(previous));
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const flagged = highImpactCallout(comment);
    expect(flagged).toContain('template trusts new principals: AWS: arn:aws:iam::666666666666:root');
  });

  test('two templates trusting hundreds of principals keep their headlines and summaries in the flagged section', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    // As a reviewer padded two access baselines: 34 roles each, 12 long principals per role, all new.
    const roles = (seed: number) =>
      Array.from({ length: 34 }, (_, role) =>
        [
          `  R${role}:`,
          '    Type: AWS::IAM::Role',
          '    Properties:',
          '      AssumeRolePolicyDocument:',
          '        Statement:',
          '          - Effect: Allow',
          '            Action: sts:AssumeRole',
          '            Principal:',
          '              AWS:',
          ...Array.from(
            { length: 12 },
            (_, index) =>
              `                - arn:aws:iam::${seed}${String(role).padStart(4, '0')}${String(index).padStart(2, '0')}0:role/a-rather-long-role-name-to-pad-the-summary-${index}`,
          ),
        ].join('\n'),
      ).join('\n');
    for (const [index, seed] of [55555, 77777].entries())
      desired.baselines[index]!.templateBody = `Resources:\n${roles(seed)}\n`;
    // A service trusted after the padding, which no account id names, still leads its line.
    desired.baselines[1]!.templateBody += [
      '  Lambda:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - { Effect: Allow, Action: sts:AssumeRole, Principal: { Service: lambda.amazonaws.com } }',
      '',
    ].join('\n');
    const { comment } = rendered(desired, convergedObservation(previous));
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const flagged = comment.slice(comment.indexOf('> [!'), comment.indexOf('\n\n', comment.lastIndexOf('> [!')));
    // Each change's item: its headline, then the lines beneath it up to the next change.
    const items = flagged.split('\n> - ').slice(1);
    for (const [index, first] of [
      'AWS: arn:aws:iam::55555',
      'Service: lambda.amazonaws.com; AWS: arn:aws:iam::77777',
    ].entries()) {
      const item = items.find((text) => text.startsWith(`Update StackSet vend-${desired.baselines[index]!.name}`));
      expect(item).toContain(`>   - template trusts new principals: ${first}`);
    }
  });

  test('hundreds of flagged account changes cannot push a new trusted principal out of the flagged section', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    // Each new account's override on a baseline that grants access is high impact: 700 of them, alike.
    for (let index = 0; index < 700; index++)
      desired.accounts.push(
        desiredAccount(`bulk-${String(index).padStart(3, '0')}`, {
          ou: 'Workloads/NonProd',
          baselines: ['permissions-boundary', 'automation-roles'],
          parameters: {
            'automation-roles': { DeployPrincipalArn: `arn:aws:iam::${String(100000000000 + index)}:role/deployer` },
          },
        }),
      );
    desired.baselines[0]!.templateBody = `Resources:\n${BREAK_GLASS_ROLE.join('\n')}\n`;
    const { comment } = rendered(desired, convergedObservation(previous));
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const flagged = highImpactCallout(comment);
    expect(flagged).toContain('and 692 more.');
    expect(flagged).toContain(`> - Update StackSet vend-${desired.baselines[0]!.name}`);
    expect(flagged).toContain('template trusts new principals: AWS: arn:aws:iam::666666666666:root');
  });

  test('a line break in a template value cannot print a line that looks like another change', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    const fake = '\\n\\n# StackSet vend-human-roles\\n~ Update StackSet vend-human-roles: description only, no effect';
    previous.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = rolesTemplate(3600);
    desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = [
      rolesTemplate(3600),
      '  Sneaky:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      `          - { Effect: Allow, Principal: { AWS: "arn:aws:iam::999999999999:root${fake}" }, Action: sts:AssumeRole }`,
    ].join('\n');
    const { comment, text } = rendered(desired, convergedObservation(previous));
    const outsideDiffs = (markdown: string) => markdown.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, '');
    expect(text).toContain('arn:aws:iam::999999999999:root<U+000A><U+000A># StackSet vend-human-roles<U+000A>');
    expect(outsideDiffs(comment).replaceAll('\u2060', '')).toContain(
      'arn:aws:iam::999999999999:root&lt;U+000A&gt;&lt;U+000A&gt;\\# StackSet vend-human-roles',
    );
    for (const rendering of [outsideDiffs(comment), text]) {
      expect(rendering).not.toMatch(/^[\s>~-]*(\\?#|\\?~) (StackSet|Update StackSet) vend-human-roles/m);
    }
  });

  test('SCP diffs of 10,000 lines cannot push another change out of the comment', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    for (const scp of desired.scps)
      scp.content = JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: Array.from({ length: 3500 }, (_, index) => `a:${index}`), Resource: '*' },
        ],
      });
    desired.accounts.push(
      desiredAccount('new-tools', {
        ou: 'Workloads/NonProd',
        baselines: ['permissions-boundary', 'automation-roles'],
        parameters: { 'automation-roles': { DeployPrincipalArn: 'arn:aws:iam::666666666666:role/attacker' } },
      }),
    );
    desiredAccountNamed(desired, 'payments-prod').ou = 'Workloads/NonProd';
    const { plan, comment } = rendered(desired, convergedObservation(previous));

    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    for (const change of plan.changes) expect(comment).toContain(change.description);
    expect(comment).toContain('>   - loses SCP deny-unapproved-regions');
  });

  test('thousands of destructive changes shrink to counts; the high-impact changes and the digest stay', () => {
    const previous = referenceDesiredState();
    for (let index = 0; index < 3000; index++)
      previous.accounts.push(
        desiredAccount(`old-${String(index).padStart(4, '0')}`, {
          ou: 'Workloads/NonProd',
          baselines: ['permissions-boundary'],
        }),
      );
    const desired = structuredClone(previous);
    for (const account of desired.accounts) if (account.name.startsWith('old-')) account.closed = true;
    desired.organization.root.scps.push('deny-unapproved-regions');
    const { plan, comment } = rendered(desired, convergedObservation(previous));

    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    // The rarest kind is named, with the first closures; the rest are counted, and said to be elsewhere.
    expect(comment).toMatch(/> - Remove [^\n]*stack instance/);
    expect(comment).toContain('> - … and 2,981 account closures; each is in the job summary and the plan file');
    // The shortened list says so at its head; the high-impact one, whole, does not.
    const shortened =
      "> _Shortened to fit GitHub's comment limit: the job summary has more of each change, and the plan file its every account, region, value and diff._";
    expect(comment.split(shortened)).toHaveLength(2);
    expect(comment.indexOf(shortened)).toBeLessThan(comment.indexOf('… and 2,981 account closures'));
    expect(comment).toContain('> **1 high-impact change.**');
    expect(comment).toContain('> - Attach SCP deny-unapproved-regions to the root');
    expect(comment).toContain(plan.digest);
  });

  test('the job summary has every diff whole, and stays under GitHub’s 1 MiB for a step summary', () => {
    const plan = syntheticPlan(3000);
    const summary = renderPlanSummary(plan);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1_000_000);
    expect(summary).toContain(plan.digest);
    expect(summary).not.toContain('of this diff not shown');
    expect(summary).not.toContain("longer than GitHub's job summary allows");
  });

  test('a job summary too long for GitHub keeps every flagged diff, and sends a shortened list to the plan file, not to itself', () => {
    const plan = syntheticPlan(8000);
    const summary = renderPlanSummary(plan);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1_000_000);
    expect(summary).toContain('<summary>StackSet vend-human-roles: new template');
    expect(summary).toContain('#### SCP deny-leave-organization: new content');
    expect(summary).toMatch(/one line each \(details trimmed to fit; see the plan file\)/);
    expect(summary).not.toContain('see the job summary');
  });

  test('a plan padded past the job summary limit says at its head that its diffs are trimmed', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    desired.baselines[2]!.templateBody += '# padding that pushes the diff below out of sight\n'.repeat(25_000);
    desired.scps[0]!.content = desired.scps[0]!.content.replace('"Deny"', '"Allow"');
    const plan = computePlan(desired, convergedObservation(previous));
    const summary = renderPlanSummary(plan);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1_000_000);
    const warning = summary.indexOf("This plan is longer than GitHub's job summary allows");
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(summary.indexOf('Update SCP deny-leave-organization'));
    // Only the plan to approve asks for it to be read before approving; a preview has nothing to approve.
    expect(summary).not.toContain('(the plan artifact) before approving');
    expect(renderPlanSummary(plan, { forApproval: true })).toContain('(the plan artifact) before approving.');
  });
});

describe('text a reader cannot see is shown', () => {
  test('bidi overrides and zero-width spaces in values show as code points in the comment and the terminal', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    desired.scps[0]!.content = desired.scps[0]!.content.replace('LeaveOrganization', 'Leave\u200bOrganization');
    desiredAccountNamed(desired, 'payments-prod').tags.Team = 'ops\u202eten';
    const { comment, text } = rendered(desired, convergedObservation(previous));
    for (const output of [comment, text]) {
      expect(output).toContain('Leave<U+200B>Organization');
      expect(output).toContain('ops<U+202E>ten');
      expect(output).not.toMatch(/[\u200b\u202e]/);
    }
  });

  test('a terminal escape sequence in a template reaches no terminal', () => {
    const previous = referenceDesiredState();
    const desired = structuredClone(previous);
    desired.baselines[2]!.templateBody += '# \u001b[8mhidden\u001b[0m\n';
    const { text } = rendered(desired, convergedObservation(previous));
    expect(text).not.toContain('\u001b');
    expect(text).toContain('<U+001B>[8mhidden');
  });
});

test('the management account shows in the root, with the notes on what vend does not do there', () => {
  const desired = referenceDesiredState();
  desired.accounts.push(
    desiredAccount('management', {
      ou: 'Workloads/Prod',
      email: 'aws+management@example.com',
      scps: ['deny-leave-organization'],
    }),
  );
  const observed = convergedObservation(referenceDesiredState());
  observedAccount(observed, 'management').tags = { ...desired.accounts.at(-1)!.tags };
  desired.accounts.find((account) => account.name === 'payments-dev')!.tags.CostCenter = '4711';
  const { comment, text } = rendered(desired, observed);
  const row = comment.split('\n').find((line) => line.startsWith('| **management**'))!;
  expect(row).toContain('| 🏛️ management account | (root) |');
  expect(row).toContain('<sub>SCPs do not apply to the management account');
  expect(text).toMatch(/^Notes:\n {2}management: It stays in the root: vend never moves the management account/m);
});

describe('a new SCP shows what it says', () => {
  test('renaming an SCP cannot hide a content change: the new one is shown whole, in the comment and the text', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const scp = desired.scps.find((candidate) => candidate.name === 'deny-leave-organization')!;
    Object.assign(scp, { name: 'deny-leave-v2', content: scp.content.replace('"Deny"', '"Allow"') });
    desired.organization.root.scps = ['deny-leave-v2'];
    const { plan, comment, text } = rendered(desired, observed);
    expect(plan.changes.map((change) => change.kind)).toEqual(
      expect.arrayContaining(['create-scp', 'attach-scp', 'detach-scp', 'delete-scp']),
    );
    expect(comment).toContain('#### SCP deny-leave-v2: new content');
    for (const output of [comment, text]) expect(output).toMatch(/^\s*\+\s+"Effect": "Allow",$/m);
  });
});

describe('reach lines say what is true after the plan', () => {
  test('an attachment no account gains says so, and an account moved beneath it keeps the SCP through it alone', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    desired.organizationalUnits.push(
      desiredOrganizationalUnit('Workloads/Payments', { scps: ['deny-unapproved-regions'] }),
    );
    desiredAccountNamed(desired, 'payments-prod').ou = 'Workloads/Payments';
    const { text } = rendered(desired, observed);
    expect(text).toContain('no account gains it');
    // payments-prod has the SCP today through Workloads/Prod, which it leaves: after the move only this one gives it.
    expect(text).toContain(
      '1 account beneath OU Workloads/Payments keeps it, now through this attachment alone (the plan moves it here, or takes away the attachment that gives it today): payments-prod',
    );
    expect(text).not.toContain('through another attachment');
    expect(text).not.toMatch(/0 accounts gain it/);
  });
});

describe("vend's accounts that no manifest declares", () => {
  test('stand apart above the changes, kept, and out of the collapsed unmanaged list, in the comment and the text', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const renamed = desiredAccountNamed(desired, 'payments-prod');
    const previousId = observedAccount(observed, 'payments-prod').id;
    Object.assign(renamed, { name: 'payments-main', accountName: 'payments-main', email: 'aws+main@example.com' });
    observed.accounts.push({
      id: '299999999991',
      name: 'legacy-a',
      email: 'legacy-a@example.com',
      status: 'ACTIVE',
      parentId: organizationalUnitIdOf('Security'),
      parentPath: 'Security',
      tags: {},
    });
    const { plan, comment, text } = rendered(desired, observed);

    const warning = planSections(plan, {}).find((section) => section.markdown.includes('declared by no manifest'));
    expect(warning?.keep).toBe(true);
    expect(warning?.markdown).toContain(
      `> **1 account tagged \`ManagedBy: vend\` is declared by no manifest.** Vend leaves it alone: deleting a manifest closes nothing. If a new account in this plan is one of these with its email and name changed, don't merge`,
    );
    // Word joiners around "@" keep GitHub from reading the email as a mention.
    expect(warning?.markdown).toContain(
      `> - payments-prod (${previousId}, aws+payments-prod\u2060@\u2060example.com) in Workloads/Prod`,
    );
    expect(comment.indexOf('declared by no manifest')).toBeLessThan(comment.indexOf('by resource'));
    expect(comment).toContain(
      '1 unmanaged account (in AWS, declared nowhere; vend moves, tags and closes none of them)',
    );
    expect(comment).not.toMatch(/\| payments-prod \|/);
    expect(text).toContain('Accounts tagged ManagedBy: vend that no manifest declares: 1.');
    expect(text).toContain(`  payments-prod (${previousId}) aws+payments-prod@example.com in Workloads/Prod`);
    expect(text).toContain(
      'Unmanaged accounts (in AWS, declared nowhere; vend moves, tags and closes none of them): 1\n  legacy-a (299999999991)',
    );
  });

  test('an unmanaged account whose tags the plan did not read is not called foreign: it may be one of them', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observed.accounts.push({
      id: '299999999991',
      name: 'legacy-a',
      email: 'legacy-a@example.com',
      status: 'ACTIVE',
      parentId: organizationalUnitIdOf('Security'),
      parentPath: 'Security',
    });
    const { comment, text } = rendered(desired, observed);
    const note =
      "Its tags were not read, so it may still be vend's, its manifest deleted earlier (deleting a manifest closes nothing). The drift check reads its tags and says whether it is.";
    expect(comment).toContain(
      `<summary>1 unmanaged account (in AWS, declared nowhere; vend moves, tags and closes none of them)</summary>\n\n${note}`,
    );
    expect(text).toContain(
      `Unmanaged accounts (in AWS, declared nowhere; vend moves, tags and closes none of them): 1\n  ${note}\n  legacy-a`,
    );
  });

  test('thousands of unmanaged accounts shrink to a count before a change loses the accounts and regions it names', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const regional = observedStackSet(observed, 'regional-guardrails');
    regional.instances = regional.instances.filter((instance) => instance.accountId !== accountIdOf('payments-prod'));
    for (let index = 0; index < 1500; index++)
      observed.accounts.push({
        id: String(300000000000 + index),
        name: `stray-${String(index).padStart(4, '0')}-${'x'.repeat(30)}`,
        email: `stray-${index}@other-team.example.com`,
        status: 'ACTIVE',
        parentId: organizationalUnitIdOf('Security'),
        parentPath: 'Security',
      });
    const { comment } = rendered(desired, observed);
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment).toContain('eu-west-1, us-east-1: payments-prod');
    expect(comment).toContain('… and 1480 more (vend plan --format json lists every one).');
  });
});

/** The reference organization with `count` new accounts, each deploying automation-roles with its own override. */
function paddedPlan(count: number): Plan {
  const desired = referenceDesiredState();
  const roles = desired.baselines.find((baseline) => baseline.name === 'automation-roles')!;
  roles.templateBody = rolesTemplate(3600);
  roles.parameters = { ExternalId: 'reviewed', BoundaryPolicyName: 'vend-workload-boundary' };
  const observed = convergedObservation(desired);
  for (let i = 0; i < count; i++)
    desired.accounts.push(
      desiredAccount(`bulk-${String(i).padStart(3, '0')}`, {
        ou: 'Workloads/NonProd',
        baselines: ['permissions-boundary', 'automation-roles'],
        parameters: {
          'automation-roles': { BoundaryPolicyName: i === 7 ? 'attacker-666666666666' : `boundary-${i}` },
        },
      }),
    );
  return computePlan(desired, observed);
}

test('hundreds of high-impact changes still name, in the comment, the account each one reaches', () => {
  // Padding cannot push one account's value out of the comment while headlines leave room for it...
  const some = renderPlanComment(paddedPlan(250));
  expect(some.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  expect(some).toContain('attacker-666666666666');
  // ...and past that, each flagged change still names its account and region, and the comment says what it left out.
  const many = renderPlanComment(paddedPlan(600));
  expect(many.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  const flagged = many.slice(many.indexOf('[!IMPORTANT]'));
  expect(flagged).toContain(
    '> - Deploy automation-roles to 1 stack instance (1 account: bulk-007)\n>   - us-east-1: bulk-007\n',
  );
  expect(many).toMatch(
    /more lines trimmed to fit GitHub's comment limit \(from the OU tree and the accounts table(, among others)?\); see the job summary and the plan file/,
  );
});

test('an account named in one override among hundreds naming another is named, rarest first, however far the list shrinks', () => {
  const desired = referenceDesiredState();
  const roles = desired.baselines.find((baseline) => baseline.name === 'automation-roles')!;
  roles.templateBody = rolesTemplate(3600);
  roles.parameters = { ExternalId: 'reviewed', BoundaryPolicyName: 'vend-workload-boundary' };
  const observed = convergedObservation(desired);
  for (let i = 0; i < 600; i++)
    desired.accounts.push(
      desiredAccount(`flag-${String(i).padStart(3, '0')}`, {
        ou: 'Workloads/NonProd',
        baselines: ['permissions-boundary', 'automation-roles'],
        parameters: {
          'automation-roles': {
            BoundaryPolicyName: `arn:aws:iam::${i === 200 ? '666666666666' : '222233334444'}:policy/runner-${i}`,
            // A NoEcho value is never shown, the account in it neither.
            ExternalId: 'arn:aws:iam::777777777777:role/secret',
          },
        },
      }),
    );
  const plan = computePlan(desired, observed);
  const comment = renderPlanComment(plan);
  expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  const flagged = comment.slice(comment.indexOf('[!IMPORTANT]'));
  expect(comment).not.toContain('777777777777');
  expect(flagged).toMatch(
    /> Account ids in the parameter values these changes deploy, the rarest first: 666666666666 \(Deploy automation-roles to 1 stack instance \(1 account: flag-200\)\) and 222233334444 \(599 changes\)\./,
  );
  // The terminal's text names them as the comment does, under the flagged list it closes with.
  const text = renderPlanText(plan);
  expect(text).not.toContain('777777777777');
  expect(text.slice(text.lastIndexOf('[high impact]'))).toMatch(
    /\n {4}Account ids in the parameter values these changes deploy, the rarest first: 666666666666 \(Deploy automation-roles to 1 stack instance \(1 account: flag-200\)\) and 222233334444 \(599 changes\)\./,
  );
});

test('an account a template comes to trust through a parameter default or a mapping is named, however far the comment shrinks', () => {
  // `AWS: !Ref AuditPrincipal` reads the same before and after; only the Default (or the mapping) names the new account.
  const trusting = (audit: string, mapped: string, secret: string) =>
    rolesTemplate(3600)
      .replace(
        'Parameters:\n',
        `Mappings:\n  Trust:\n    Accounts:\n      Audit: arn:aws:iam::${mapped}:root\nParameters:\n  AuditPrincipal:\n    Type: String\n    Default: arn:aws:iam::${audit}:role/audit\n  Hidden:\n    Type: String\n    NoEcho: true\n    Default: arn:aws:iam::${secret}:root\n`,
      )
      .replace(
        '            Principal: { AWS: !Sub "arn:aws:iam::222233334444:root" }',
        '            Principal: { AWS: [!Ref AuditPrincipal, !FindInMap [Trust, Accounts, Audit], !Sub "arn:aws:iam::222233334444:root"] }',
      );
  const deployed = referenceDesiredState();
  const roles = deployed.baselines.find((baseline) => baseline.name === 'automation-roles')!;
  roles.templateBody = trusting('222233334444', '222233334444', '222233334444');
  roles.parameters = { ExternalId: 'reviewed', BoundaryPolicyName: 'vend-workload-boundary' };
  const observed = convergedObservation(deployed);
  const desired = structuredClone(deployed);
  desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = trusting(
    '666666666666',
    '555555555555',
    '777777777777',
  );
  for (let i = 0; i < 600; i++)
    desired.accounts.push(
      desiredAccount(`pad-${String(i).padStart(3, '0')}`, {
        ou: 'Workloads/NonProd',
        baselines: ['permissions-boundary', 'automation-roles'],
        parameters: { 'automation-roles': { BoundaryPolicyName: `arn:aws:iam::222233334444:policy/runner-${i}` } },
      }),
    );
  const comment = renderPlanComment(computePlan(desired, observed));
  expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  expect(comment).not.toContain('777777777777');
  const update = 'Update StackSet vend-automation-roles: template changed (redeploying 2 existing instances)';
  expect(comment.slice(comment.indexOf('[!IMPORTANT]'))).toContain(
    `> Account ids in the parameter values these changes deploy, the rarest first: 222233334444 (600 changes). Account ids new in the templates these changes deploy (a principal, a parameter default, a mapping), the rarest first: 555555555555 (${update}) and 666666666666 (${update}).`,
  );
});

test('the job summary the apply workflow asks a reviewer to approve says it is that plan, not a preview', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  desired.organization.root.scps.pop();
  const plan = computePlan(desired, observed);
  const summary = renderPlanSummary(plan, { forApproval: true, commitSha: '0123456789abcdef0123' });
  expect(summary).toContain(
    `**This is the plan to approve.** The apply job carries out exactly these changes, from the saved plan file (digest \`${plan.digest}\`, commit \`0123456789ab\`)`,
  );
  expect(summary).toContain(
    "1 change is destructive or high impact: the example apply workflow asks the `production-destructive` environment's reviewers.",
  );
  expect(summary).not.toContain('preview');
  expect(summary).not.toContain('<!-- vend:plan -->');
  // A pull request's comment stays a preview.
  expect(renderPlanComment(plan)).toContain('This is a preview: it approves nothing.');
});

test('the OU tree draws an adopted account as adopted, not as moved', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedAccount(observed, 'payments-dev').tags = {};
  const comment = renderPlanComment(computePlan(desired, observed));
  expect(comment).toMatch(/--> acct\d+\(\["payments-dev"\]\):::adopted/);
  expect(comment).toContain('classDef adopted fill:#d0ebff,stroke:#1971c2');
});
