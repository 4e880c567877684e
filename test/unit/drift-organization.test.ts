import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../../src/config/desired-state.js';
import type { DesiredState } from '../../src/config/desired-state.js';
import { driftTransitions } from '../../src/drift/assemble-report.js';
import { DriftContext } from '../../src/drift/drift-context.js';
import type { DriftFinding } from '../../src/drift/drift-report.js';
import { applyIgnoreList } from '../../src/drift/ignore-findings.js';
import { organizationFindings } from '../../src/drift/plan-findings.js';
import { declaredTargetIds, foreignScpAttachments } from '../../src/drift/foreign-scps.js';
import type { ForeignScpAttachment } from '../../src/drift/foreign-scps.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import { driftChangeComment } from '../../src/report/drift-issue-comments.js';
import type { DriftIssueState } from '../../src/report/drift-issue.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccount,
  desiredScp,
  desiredOrganizationalUnitAt,
  observedAccount,
  observedPolicy,
  organizationalUnitIdOf,
  referenceDesiredState,
  serviceManagedDesiredState,
  ROOT_ID,
} from '../support/plan-fixtures.js';

/**
 * Organization drift is the plan that would bring the organization back to main, read as findings: these tests
 * make the drift in the observed organization, as someone with console access would, and read the findings.
 */
function drift(desired: DesiredState, observed: ObservedState, foreign: ForeignScpAttachment[] = []) {
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  return organizationFindings(context, foreign);
}

const kinds = (findings: DriftFinding[]) => findings.map((finding) => `${finding.kind} ${finding.target}`).sort();
const only = (findings: DriftFinding[]) => {
  expect(findings).toHaveLength(1);
  return findings[0]!;
};

// The plan's unmanaged list leaves the management account out; a deleted manifest of it still leaves vend's tag and
// baselines there, roles where no SCP limits them, which no plan maintains any more.
test('the management account left with vend’s tag and stack instances by a deleted manifest is a finding', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const managementId = observed.organization.managementAccountId;
  const management = observed.accounts.find((account) => account.id === managementId)!;
  expect(drift(desired, observed).findings).toEqual([]);
  management.tags = { ...management.tags, [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value };
  const roles = observed.stackSets.find((stackSet) => stackSet.name === 'vend-automation-roles')!;
  roles.instances.push({ ...roles.instances[0]!, accountId: managementId, region: 'us-east-1' });
  const finding = only(drift(desired, observed).findings);
  expect(finding).toMatchObject({
    kind: 'account-undeclared',
    target: `account-id:${managementId}`,
    actual: expect.stringMatching(/^the management account .* carries ManagedBy=vend, and no manifest has its email$/),
    accept: expect.stringContaining("delete vend's stack instances there by hand"),
    details: ['stack instance of vend-automation-roles in us-east-1, which vend no longer maintains'],
  });
});

test('vend’s stack instances left in the management account after its tag was removed are still reported', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const managementId = observed.organization.managementAccountId;
  const roles = observed.stackSets.find((stackSet) => stackSet.name === 'vend-automation-roles')!;
  roles.instances.push({ ...roles.instances[0]!, accountId: managementId, region: 'us-east-1' });
  const finding = only(drift(desired, observed).findings);
  expect(finding).toMatchObject({
    kind: 'stack-instance-untargeted',
    actual: `a stack instance in the management account ${managementId} us-east-1, which no manifest declares: roles there no SCP limits, and nothing maintains`,
    accept:
      'delete the instance, or declare the management account in accounts/ with baselines permissions-boundary and automation-roles (automation-roles depends on the other), in an OU whose own baselines it is to get too: that adopts it, and vend then maintains there every baseline it gets, each a high-impact change',
  });
  expect(finding.target).toContain(managementId);
});

test('a converged organization has no drift', () => {
  const desired = referenceDesiredState();
  expect(drift(desired, convergedObservation(desired))).toEqual({ findings: [], notChecked: [] });
});

test('an SCP detached from a declared OU is critical, and names the accounts that lost it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const policy = observedPolicy(observed, 'deny-unapproved-regions');
  policy.targetIds = policy.targetIds.filter((id) => id !== organizationalUnitIdOf('Workloads/Prod'));
  const finding = only(drift(desired, observed).findings);
  expect(finding).toMatchObject({
    kind: 'scp-detached',
    severity: 'critical',
    target: 'scp:deny-unapproved-regions@ou:Workloads/Prod',
    expected: 'SCP deny-unapproved-regions attached to OU Workloads/Prod',
    actual: 'not attached',
    restore: 'apply attaches it',
    accept: 'remove deny-unapproved-regions from the scps of OU Workloads/Prod in baselines/organization.yaml',
    details: ['not in force for 1 account beneath it: payments-prod'],
    firstSeen: '2026-11-30',
  });
  expect(finding.id).toMatch(/^[0-9a-f]{12}$/);
  // The same difference keeps its id from one night to the next.
  expect(only(drift(desired, observed).findings).id).toBe(finding.id);
});

test('a detached SCP names the accounts beneath it in AWS, not where main places them', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  // security-audit left the organization; payments-dev was moved from Workloads/NonProd to Security by hand.
  observed.accounts = observed.accounts.filter((account) => account.id !== accountIdOf('security-audit'));
  const dev = observedAccount(observed, 'payments-dev');
  dev.parentId = organizationalUnitIdOf('Security');
  dev.parentPath = 'Security';
  const guardrail = observedPolicy(observed, 'deny-leave-organization');
  guardrail.targetIds = guardrail.targetIds.filter((id) => id !== ROOT_ID);
  const fullAccess = observedPolicy(observed, FULL_AWS_ACCESS_POLICY_NAME);
  fullAccess.targetIds = fullAccess.targetIds.filter((id) => id !== organizationalUnitIdOf('Workloads'));
  const findings = drift(desired, observed).findings;
  const detailsOf = (kind: string) => findings.find((finding) => finding.kind === kind)?.details;
  expect(detailsOf('scp-detached')).toEqual(['not in force for 2 accounts beneath it: payments-dev and payments-prod']);
  expect(detailsOf('full-aws-access-missing')).toEqual(['not in force for 1 account beneath it: payments-prod']);
});

// A number of more than 17 digits would be read, written and sent as another: validate refuses it (scp-syntax).
test('SCP content validate would refuse is not proposed for copying into the repository', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const policy = observedPolicy(observed, 'deny-leave-organization');
  policy.content = policy.content.replace(
    '"Resource":"*"',
    '"Resource":"*","Condition":{"NumericLessThan":{"aws:MultiFactorAuthAge":12345678901234567890123}}',
  );
  const content = only(drift(desired, observed).findings);
  expect(content.accept).toMatch(
    /^none as it is: validate would refuse the organization’s content in baselines\/scps\/deny-leave-organization\.json \(scp-syntax: .*12345678901234567890123.*\); restore main’s content, or copy it once that is fixed$/,
  );
});

test('SCP content edited outside git is critical, with the diff from main’s content to the organization’s', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const policy = observedPolicy(observed, 'deny-leave-organization');
  policy.content = policy.content.replace('organizations:LeaveOrganization', 'organizations:DescribeOrganization');
  policy.description = 'edited by hand';
  const findings = drift(desired, observed).findings;
  expect(kinds(findings)).toEqual([
    'scp-content scp:deny-leave-organization',
    'scp-description scp:deny-leave-organization',
  ]);
  const content = findings.find((finding) => finding.kind === 'scp-content')!;
  expect(content.severity).toBe('critical');
  expect(content.details).toEqual(
    expect.arrayContaining([
      '-      "Action": "organizations:LeaveOrganization",',
      '+      "Action": "organizations:DescribeOrganization",',
    ]),
  );
  expect(findings.find((finding) => finding.kind === 'scp-description')).toMatchObject({
    severity: 'low',
    actual: 'description "edited by hand"',
  });
});

/** SCPs switched off on the root, as AWS leaves them: every SCP still there, attached nowhere (switchedOff). */
function switchedOff(observed: ObservedState): ObservedState {
  observed.root.scpPolicyTypeEnabled = false;
  for (const policy of observed.policies) policy.targetIds = [];
  return observed;
}

test('SCPs switched off on the root are one critical finding, not one per attachment, naming what is not in force', () => {
  const desired = referenceDesiredState();
  const finding = only(drift(desired, switchedOff(convergedObservation(desired))).findings);
  expect(`${finding.kind} ${finding.target}`).toBe('scp-policy-type-disabled root');
  expect(finding.restore).toContain('makes the 4 SCP attachments main declares');
  // The plan makes the root's changes only with allow-high-impact: the restore sends the run through that gate.
  expect(finding.restore).toMatch(/; a high-impact change: apply carries it out only with allow-high-impact$/);
  expect(finding.details).toEqual([
    'not in force: deny-leave-organization on the root, deny-unapproved-regions on OU Workloads/Prod, require-permissions-boundary on OU Workloads and deny-unapproved-regions on account security-audit',
  ]);
});

test('an earlier run’s SCP detached is not said to have cleared once SCPs are switched off: it is part of that', () => {
  const desired = referenceDesiredState();
  const detached = convergedObservation(desired);
  observedPolicy(detached, 'deny-unapproved-regions').targetIds = [accountIdOf('security-audit')];
  const before = only(drift(desired, detached).findings);
  expect(before.kind).toBe('scp-detached');

  const after = drift(desired, switchedOff(convergedObservation(desired))).findings;
  const transitions = driftTransitions(new Set([before.id]), { findings: after, ignored: [] });
  expect(transitions.cleared).toEqual([]);
  expect([...transitions.covered]).toEqual([[before.id, only(after)]]);
  const previous: DriftIssueState = {
    reported: new Map([[before.id, { firstSeen: '2026-11-29', label: 'SCP detached: OU Workloads/Prod' }]]),
    ignored: new Map(),
  };
  const comment = driftChangeComment({ ...transitions, reopened: false }, previous, {
    findings: after,
    summary: { critical: 1, high: 0, medium: 0, low: 0, info: 0 },
    commit: 'abc',
    ignored: [],
  });
  expect(comment).toContain('1 new finding, 1 finding now part of another (still there)');
  expect(comment).toContain(
    `**Now part of SCPs switched off on the root** \`root\` (id \`${only(after).id}\`), and still there:\n- \`SCP detached: OU Workloads/Prod\` (id \`${before.id}\`)`,
  );
  expect(comment).not.toMatch(/cleared/i);
});

test('with SCPs switched off, an SCP deleted or edited meanwhile is still its own finding', () => {
  const desired = referenceDesiredState();
  const observed = switchedOff(convergedObservation(desired));
  observed.policies = observed.policies.filter((policy) => policy.name !== 'deny-leave-organization');
  observedPolicy(observed, 'deny-unapproved-regions').content = '{"Version":"2012-10-17","Statement":[]}';
  expect(kinds(drift(desired, observed).findings)).toEqual([
    'scp-content scp:deny-unapproved-regions',
    'scp-missing scp:deny-leave-organization',
    'scp-policy-type-disabled root',
  ]);
});

test('a deleted catalogue SCP is one finding that names where it was attached', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.policies = observed.policies.filter((policy) => policy.name !== 'deny-unapproved-regions');
  const finding = only(drift(desired, observed).findings);
  expect(finding).toMatchObject({ kind: 'scp-missing', severity: 'critical', target: 'scp:deny-unapproved-regions' });
  expect(finding.expected).toContain('attached to OU Workloads/Prod and account security-audit');
});

test('a deleted SCP of the root says apply restores it only with allow-high-impact, as its attachment needs', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.policies = observed.policies.filter((policy) => policy.name !== 'deny-leave-organization');
  expect(only(drift(desired, observed).findings).restore).toBe(
    'apply creates it again and attaches it to 1 target; a high-impact change: apply carries it out only with allow-high-impact',
  );
});

test('an SCP renamed outside git is said to be, in both its findings, with the rename back that leaves apply nothing to do', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const policy = observedPolicy(observed, 'deny-leave-organization');
  policy.name = 'deny-leave-organization-old';
  const findings = drift(desired, observed).findings;
  expect(kinds(findings)).toEqual([
    'scp-missing scp:deny-leave-organization',
    'scp-retired scp:deny-leave-organization-old',
  ]);
  const rename = `aws organizations update-policy --policy-id ${policy.id} --name deny-leave-organization`;
  expect(findings.find((finding) => finding.kind === 'scp-missing')).toMatchObject({
    actual: `no SCP named deny-leave-organization in the organization, but vend's SCP deny-leave-organization-old (${policy.id}) holds exactly its content and is attached to the root: deny-leave-organization renamed outside git, in force under its new name`,
    // The flag the root attachment needs belongs to apply's way, not to the rename back, which needs no apply.
    restore: `apply creates it again and attaches it to 1 target; a high-impact change: apply carries it out only with allow-high-impact; then it detaches and deletes deny-leave-organization-old (scp-retired), a destructive change: apply carries it out only with allow-destructive. Renaming it back by hand instead (${rename}) leaves apply nothing to do`,
    accept: expect.stringMatching(
      /^rename deny-leave-organization to deny-leave-organization-old in the scps catalogue/,
    ),
  });
  expect(findings.find((finding) => finding.kind === 'scp-retired')).toMatchObject({
    actual: expect.stringContaining(
      'holding exactly the content of catalogue SCP deny-leave-organization, which is missing (scp-missing): deny-leave-organization renamed outside git',
    ),
    restore: expect.stringContaining(rename),
  });
  // Renamed and then edited, it is no longer the same guardrail: plainly missing and retired.
  policy.content = '{"Version":"2012-10-17","Statement":[]}';
  expect(drift(desired, observed).findings.find((finding) => finding.kind === 'scp-missing')?.actual).toBe(
    'no SCP named deny-leave-organization in the organization',
  );
});

test('a foreign SCP on a declared target is high, and apply never detaches it', () => {
  const desired = referenceDesiredState();
  const foreign = [{ policyId: 'p-f0re1gn', policyName: 'allow-everything-else', target: 'ou:Workloads' }];
  const finding = only(drift(desired, convergedObservation(desired), foreign).findings);
  expect(finding).toMatchObject({
    kind: 'scp-foreign',
    severity: 'high',
    target: 'scp:allow-everything-else@ou:Workloads',
    actual: 'SCP allow-everything-else (p-f0re1gn) attached, which vend does not own',
  });
  expect(finding.restore).toContain('vend never changes a policy it does not own');
  // Accepting it into the repository is a catalogue entry and the target's scps:, as the adoption plan reads them.
  expect(finding.accept).toBe(
    "to manage it in git, add it to the SCP catalogue (scps: in baselines/organization.yaml) as allow-everything-else: { file: scps/allow-everything-else.json, description: … }, with the description and, in baselines/scps/allow-everything-else.json, the content AWS holds (aws organizations describe-policy --policy-id p-f0re1gn --query 'Policy.[PolicySummary.Description,Content]' --output text), and list it under the scps of OU Workloads in baselines/organization.yaml: the next plan adopts it (tags it ManagedBy: vend) when the content and description are the same. Validate checks them as it checks every catalogue SCP (grammar, size, hidden characters, numbers JavaScript cannot hold): drift does not read them, so if validate refuses them the repository cannot take the policy as it is. To leave it another team's, add an ignore: entry for this finding to baselines/organization.yaml, with the reason it stays",
  );
  const onAccount = [{ policyId: 'p-f1', policyName: 'team-extra', target: 'account:payments-prod' }];
  expect(only(drift(desired, convergedObservation(desired), onAccount).findings).accept).toContain(
    'list it under scps in accounts/payments-prod.yaml:',
  );
});

test('accepting a foreign SCP lists it everywhere it is attached, and says where it stays undeclared', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.foreignScpsByTarget = {
    [organizationalUnitIdOf('Workloads')]: [{ id: 'p-f1', name: 'legacy-allow' }],
    [observed.root.id]: [{ id: 'p-f1', name: 'legacy-allow' }],
    'ou-a1b2-notdeclared': [{ id: 'p-f1', name: 'legacy-allow' }],
  };
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  const findings = drift(desired, observed, foreignScpAttachments(context)).findings;
  expect(findings.map((finding) => finding.target)).toEqual(['scp:legacy-allow@ou:Workloads', 'scp:legacy-allow@root']);
  // Following one finding's hint alone would have the adopted SCP detached from the other target.
  for (const finding of findings)
    expect(finding.accept).toContain(
      'list it under the scps of OU Workloads in baselines/organization.yaml and root.scps in baselines/organization.yaml (every declared target it is attached to: once vend owns it, the plan detaches it wherever it is not listed): the next plan adopts it (tags it ManagedBy: vend) when the content and description are the same. Validate checks them as it checks every catalogue SCP (grammar, size, hidden characters, numbers JavaScript cannot hold): drift does not read them, so if validate refuses them the repository cannot take the policy as it is. It stays attached to 1 OU or account the repository does not declare, which drift then reports as scp-attached-undeclared.',
    );
});

// An SCP renamed in the catalogue keeps its file; the old policy, now foreign, must not be adopted over that file.
test('accepting a foreign SCP never names a file another catalogue SCP reads', () => {
  const desired = referenceDesiredState();
  desired.scps.find((scp) => scp.name === 'deny-leave-organization')!.name = 'deny-leave-v2';
  const foreign = [{ policyId: 'p-0ld', policyName: 'deny-leave-organization', target: 'root' }];
  const accept = drift(desired, convergedObservation(desired), foreign).findings.find(
    (finding) => finding.kind === 'scp-foreign',
  )?.accept;
  expect(accept).toContain(
    'as deny-leave-organization: { file: scps/deny-leave-organization-p-0ld.json, description: … }, with the description and, in baselines/scps/deny-leave-organization-p-0ld.json, the content',
  );
});

test("a retired SCP of vend's whose name holds '@' is named encoded too, not as an attachment", () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  // Tagged ManagedBy: vend, named by hand in the console after an attachment, and in no catalogue.
  observedPolicy(observed, 'deny-leave-organization').name = 'x@ou:Workloads';
  const retired = drift(desired, observed).findings.filter((finding) => finding.kind === 'scp-retired');
  expect(retired.map((finding) => finding.target)).toEqual(['scp:x%40ou:Workloads']);
});

test("a foreign SCP whose name holds '@' cannot pose as another attachment, nor match an ignore: entry written for one", () => {
  const desired = referenceDesiredState();
  const foreign = [{ policyId: 'p-sly', policyName: 'AllowAll@account:payments-', target: 'root' }];
  const finding = only(drift(desired, convergedObservation(desired), foreign).findings);
  expect(finding.target).toBe('scp:AllowAll%40account:payments-@root');
  expect(finding.accept).toMatch(/^add an ignore: entry .*\(its name is not one the SCP catalogue can hold/);
  const entry = {
    kind: 'scp-foreign' as const,
    target: 'scp:*@account:payments-*',
    reason: 'the payments team’s own SCPs',
    expires: '2027-06-30',
    line: 1,
    expiresAt: { line: 5, column: 14 },
  };
  expect(applyIgnoreList([finding], [entry], new Date('2026-11-30T00:00:00Z')).findings).toEqual([finding]);
});

test('the foreign SCPs drift reports are those observe read on declared targets, by the target’s declared name', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.foreignScpsByTarget = {
    [organizationalUnitIdOf('Workloads')]: [{ id: 'p-f1', name: 'legacy-allow' }],
    'ou-a1b2-notdeclared': [{ id: 'p-f2', name: 'elsewhere' }],
  };
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  expect(foreignScpAttachments(context)).toEqual([
    { policyId: 'p-f1', policyName: 'legacy-allow', target: 'ou:Workloads' },
  ]);
});

test('FullAWSAccess detached where declared, and attached where declared off, are high', () => {
  // Security carries another SCP: AWS keeps at least one on every target.
  const withGuard = () => {
    const state = referenceDesiredState();
    desiredOrganizationalUnitAt(state, 'Security').scps.push('deny-unapproved-regions');
    return state;
  };
  const desired = withGuard();
  desiredOrganizationalUnitAt(desired, 'Security').fullAWSAccess = false;
  const observed = convergedObservation(withGuard());
  const fullAccess = observedPolicy(observed, FULL_AWS_ACCESS_POLICY_NAME);
  fullAccess.targetIds = fullAccess.targetIds.filter((id) => id !== organizationalUnitIdOf('Workloads'));
  expect(kinds(drift(desired, observed).findings)).toEqual([
    'full-aws-access-missing scp:FullAWSAccess@ou:Workloads',
    'full-aws-access-undeclared scp:FullAWSAccess@ou:Security',
  ]);
});

test('detaching FullAWSAccess from the root by apply needs both flags, and the restore names both', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  desired.organization.root.fullAWSAccess = false;
  const finding = drift(desired, observed).findings.find((candidate) => candidate.target === 'scp:FullAWSAccess@root');
  expect(finding?.restore).toBe(
    'apply detaches it; a destructive change: apply carries it out only with allow-destructive; a high-impact change: apply carries it out only with allow-high-impact',
  );
});

test('accepting an account where it is says which baselines its OU gave that it would lose', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  // Workloads gives permissions-boundary and automation-roles; Security gives none.
  Object.assign(observedAccount(observed, 'payments-prod'), {
    parentId: organizationalUnitIdOf('Security'),
    parentPath: 'Security',
  });
  const finding = drift(desired, observed).findings.find((candidate) => candidate.kind === 'account-wrong-ou')!;
  expect(finding.accept).toBe(
    'set ou: Security in accounts/payments-prod.yaml; the account then loses baselines permissions-boundary and automation-roles, which Workloads/Prod gives: apply removes their stack instances (destructive), unless accounts/payments-prod.yaml lists them under baselines',
  );
});

test('an account moved out of its OU says which SCPs it lacks where it is now', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  Object.assign(observedAccount(observed, 'payments-prod'), {
    parentId: organizationalUnitIdOf('Workloads/NonProd'),
    parentPath: 'Workloads/NonProd',
  });
  expect(only(drift(desired, observed).findings)).toMatchObject({
    kind: 'account-wrong-ou',
    severity: 'high',
    target: 'account:payments-prod',
    expected: 'in Workloads/Prod',
    actual: 'in Workloads/NonProd',
    restore: 'apply moves it back to Workloads/Prod',
    accept: 'set ou: Workloads/NonProd in accounts/payments-prod.yaml',
    details: ['lacks SCP deny-unapproved-regions where it is'],
  });
});

test('a twin of a parent OU makes its children neither undeclared nor stray targets, and the finding says which twin holds what', () => {
  // Someone creates a second Workloads with its own Prod and moves payments-prod there, out from under its SCP.
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits.push(
    { id: 'ou-a1b2-twin0001', name: 'Workloads', path: 'Workloads', parentId: observed.root.id },
    { id: 'ou-a1b2-twin0002', name: 'Prod', path: 'Workloads/Prod', parentId: 'ou-a1b2-twin0001' },
  );
  Object.assign(observedAccount(observed, 'payments-prod'), {
    parentId: 'ou-a1b2-twin0002',
    parentPath: 'Workloads/Prod',
  });
  observed.foreignScpsByTarget['ou-a1b2-twin0001'] = [{ id: 'p-open', name: 'allow-everything' }];
  const found = drift(desired, observed).findings;
  // The real Workloads/Prod keeps its guardrail: no finding may tell anyone to detach it there.
  expect(kinds(found).filter((entry) => /^(scp-attached-undeclared|ou-undeclared)/.test(entry))).toEqual([]);
  // payments-prod is without the guardrails of both levels: critical, though which OU is declared cannot be told.
  expect(kinds(found).filter((entry) => entry.startsWith('scp-detached'))).toEqual([
    'scp-detached scp:deny-unapproved-regions@ou:Workloads/Prod',
    'scp-detached scp:require-permissions-boundary@ou:Workloads',
  ]);
  const twin = found.find((finding) => finding.kind === 'ou-ambiguous');
  expect(twin?.details).toEqual(
    [
      'ou-a1b2-twin0001: holds payments-prod; lacks SCPs FullAWSAccess and require-permissions-boundary declared there; also has SCP allow-everything, not declared there',
      `${organizationalUnitIdOf('Workloads')}: holds payments-dev; has every SCP declared there`,
    ].sort(),
  );
});

test('a duplicated OU is never reported renamed to another declared OU, whose rename command would break that one', () => {
  // Workloads exists twice and Security twice: the real Security holds an account main puts under Workloads.
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits.push(
    { id: 'ou-a1b2-twin0004', name: 'Workloads', path: 'Workloads', parentId: observed.root.id },
    { id: 'ou-a1b2-twin0005', name: 'Security', path: 'Security', parentId: observed.root.id },
  );
  Object.assign(observedAccount(observed, 'payments-dev'), {
    parentId: organizationalUnitIdOf('Security'),
    parentPath: 'Security',
  });
  const found = kinds(drift(desired, observed).findings);
  expect(found.filter((entry) => entry.startsWith('ou-renamed'))).toEqual([]);
  expect(found).toEqual(expect.arrayContaining(['ou-ambiguous ou:Workloads', 'ou-ambiguous ou:Security']));
});

test('an empty twin hides neither a guardrail detached from the real OU nor an undeclared OU beside the doubt', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prod = organizationalUnitIdOf('Workloads/Prod');
  observed.organizationalUnits.push(
    { id: 'ou-a1b2-twin0003', name: 'Prod', path: 'Workloads/Prod', parentId: organizationalUnitIdOf('Workloads') },
    {
      id: 'ou-a1b2-expr0001',
      name: 'Experiments',
      path: 'Workloads/Experiments',
      parentId: organizationalUnitIdOf('Workloads'),
    },
  );
  observedPolicy(observed, 'deny-unapproved-regions').targetIds = observedPolicy(
    observed,
    'deny-unapproved-regions',
  ).targetIds.filter((id) => id !== prod);
  const found = kinds(drift(desired, observed).findings);
  expect(found).toContain('scp-detached scp:deny-unapproved-regions@ou:Workloads/Prod');
  expect(found).toContain('ou-undeclared ou:Workloads/Experiments');
});

test('accepting an account moved into an undeclared OU declares the OU first, or says the OU cannot be named', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const workloads = organizationalUnitIdOf('Workloads');
  observed.organizationalUnits.push(
    { id: 'ou-a1b2-temp0001', name: 'Temp', path: 'Workloads/Temp', parentId: workloads },
    { id: 'ou-a1b2-cicd0001', name: 'CI/CD ', path: 'Workloads/"CI/CD "', parentId: workloads },
  );
  Object.assign(observedAccount(observed, 'payments-prod'), {
    parentId: 'ou-a1b2-temp0001',
    parentPath: 'Workloads/Temp',
  });
  Object.assign(observedAccount(observed, 'payments-dev'), {
    parentId: 'ou-a1b2-cicd0001',
    parentPath: 'Workloads/"CI/CD "',
  });
  const accepts = new Map(
    drift(desired, observed)
      .findings.filter((finding) => finding.kind === 'account-wrong-ou')
      .map((finding) => [finding.target, finding.accept]),
  );
  expect(accepts.get('account:payments-prod')).toBe(
    'declare OU Workloads/Temp under organizationalUnits in baselines/organization.yaml, then set ou: Workloads/Temp in accounts/payments-prod.yaml',
  );
  expect(accepts.get('account:payments-dev')).toMatch(
    /^none as it is: the repository cannot name OU Workloads\/"CI\/CD " \(.*\); rename it in AWS first, or move the account back$/,
  );
});

test('an SCP of another team the moved account no longer has is marked not vend’s, not taken for a lost guardrail', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.foreignScpsByTarget = { [organizationalUnitIdOf('Workloads/Prod')]: [{ id: 'p-f1', name: 'evil-allow' }] };
  Object.assign(observedAccount(observed, 'payments-prod'), {
    parentId: organizationalUnitIdOf('Workloads/NonProd'),
    parentPath: 'Workloads/NonProd',
  });
  const moved = drift(desired, observed).findings.find((finding) => finding.kind === 'account-wrong-ou');
  expect(moved?.details).toEqual(["lacks SCPs deny-unapproved-regions and evil-allow (not vend's) where it is"]);
});

test('a moved account is not blamed for an SCP missing for another reason, and its restore names an interim SCP', () => {
  const desired = referenceDesiredState();
  desired.scps.push(desiredScp('deny-s3-public', { Effect: 'Deny', Action: 's3:PutBucketPolicy', Resource: '*' }));
  const observed = convergedObservation(desired);
  // Detached from the root by hand: its own finding, missing wherever the account is.
  const rootGuard = desired.organization.root.scps[0]!;
  observedPolicy(observed, rootGuard).targetIds = observedPolicy(observed, rootGuard).targetIds.filter(
    (id) => id !== observed.root.id,
  );
  Object.assign(observedAccount(observed, 'payments-prod'), {
    parentId: organizationalUnitIdOf('Workloads/NonProd'),
    parentPath: 'Workloads/NonProd',
  });
  // An SCP someone attached by hand to its declared OU, which main's plan detaches, last and destructively.
  observedPolicy(observed, 'deny-s3-public').targetIds.push(organizationalUnitIdOf('Workloads/Prod'));
  const moved = drift(desired, observed).findings.find((finding) => finding.kind === 'account-wrong-ou');
  expect(moved?.details).toEqual(['lacks SCPs deny-s3-public and deny-unapproved-regions where it is']);
  expect(moved?.details?.join(' ')).not.toContain(rootGuard);
  expect(moved?.restore).toBe(
    "apply moves it back to Workloads/Prod; there it is under SCP deny-s3-public until apply's detachments run (destructive: refused without allow-destructive, and then it stays)",
  );
});

test('tags changed and removed by hand are one medium finding per account', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const tags = observedAccount(observed, 'payments-dev').tags!;
  tags.CostCenter = '0000';
  delete tags.Owner;
  tags.Shadow = 'it';
  expect(only(drift(desired, observed).findings)).toMatchObject({
    kind: 'account-tags',
    severity: 'medium',
    target: 'account:payments-dev',
    expected: 'CostCenter="4711", Owner="team-payments", no Shadow',
    actual: 'CostCenter="0000", no Owner, Shadow="it"',
    // A manifest cannot declare an Owner tag (tag-limits): accepting the removal means owner: vend:unassigned.
    accept:
      "declare the organization’s tags in accounts/payments-dev.yaml; Owner comes from the manifest's owner: set owner to 'vend:unassigned' to leave the tag alone, not an Owner tag",
  });
  tags.Owner = 'team-ledger';
  expect(only(drift(desired, observed).findings).accept).toContain(
    'Owner comes from the manifest\'s owner: set owner to "team-ledger", not an Owner tag',
  );
});

// tag-limits refuses a vend: key in a manifest: accepting such a tag by declaring it would fail validation.
test('a vend: tag added by hand is accepted nowhere: the hint says no manifest can declare it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const tags = observedAccount(observed, 'payments-dev').tags!;
  tags['vend:note'] = 'by hand';
  expect(only(drift(desired, observed).findings)).toMatchObject({
    kind: 'account-tags',
    actual: 'vend:note="by hand"',
    accept:
      "vend:note uses the 'vend:' prefix, which vend keeps for its own records, so no manifest can declare it: only apply sets it back, or removes it where added by hand",
  });
  tags.CostCenter = '0000';
  expect(only(drift(desired, observed).findings).accept).toBe(
    "declare the organization’s tags in accounts/payments-dev.yaml; vend:note uses the 'vend:' prefix, which vend keeps for its own records, so no manifest can declare it: only apply sets it back, or removes it where added by hand",
  );
});

test('a guardrail detached from the root says that restoring it needs allow-high-impact', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const policy = observedPolicy(observed, 'deny-leave-organization');
  policy.targetIds = policy.targetIds.filter((id) => id !== ROOT_ID);
  // Without the flag apply refuses the whole plan and changes nothing: the hint must not promise a plain apply.
  expect(only(drift(desired, observed).findings)).toMatchObject({
    kind: 'scp-detached',
    target: 'scp:deny-leave-organization@root',
    restore: 'apply attaches it; a high-impact change: apply carries it out only with allow-high-impact',
  });
});

test('accepting the removal of a required tag says validation then needs an exception', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  delete observedAccount(observed, 'payments-dev').tags!.CostCenter;
  expect(only(drift(desired, observed).findings).accept).toBe(
    'declare the organization’s tags in accounts/payments-dev.yaml; CostCenter is in requiredTags, so removing it there also needs an approved exception for rule required-tags',
  );
});

test('a declared account that left the organization is one critical finding, not an account to create', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const id = accountIdOf('payments-prod');
  observed.accounts = observed.accounts.filter((account) => account.id !== id);
  for (const policy of observed.policies) policy.targetIds = policy.targetIds.filter((target) => target !== id);
  const findings = drift(desired, observed).findings;
  const left = findings.find((finding) => finding.kind === 'account-left-organization')!;
  expect(left).toMatchObject({
    severity: 'critical',
    target: 'account:payments-prod',
    actual: expect.stringContaining(
      'no account in the organization has the email aws+payments-prod@example.com: it left or was removed, or it was never created',
    ),
  });
  expect(left.restore).toMatch(/^if it was never created, run apply of main .*If it left, apply cannot bring it back/);
  // The changes that wait for it are named by what they are.
  const waiting = left.details!.find((detail) => detail.includes('until the account is back or created'));
  expect(waiting).toMatch(
    /^\d+ other changes of main’s plan include it, and none does its part for this account until the account is back or created: /,
  );
  expect(waiting).toContain('payments-prod');
  expect(waiting).not.toContain('(SCP attachments, stack instances)');
  expect(left.details).toContain(
    '4 stack instances of vend’s StackSets are in an account outside the organization, perhaps its own (stack-instance-outside-organization): invited back, the account keeps its instances; if you delete the manifest instead, remove them as those findings say',
  );
  // Its stack instances are still deployed in the account that left: reported on their own, as perhaps its account,
  // with the same advice (invite it back) before the removal.
  expect(
    findings.find((finding) => finding.target === `stackset:vend-automation-roles@account:${id}/us-east-1`),
  ).toMatchObject({
    actual: `a stack instance in ${id} us-east-1, which is not in the organization; perhaps the account of payments-prod, which left the organization (account-left-organization): vend cannot tell, since an account outside it shows no email`,
    restore: `apply leaves it. If it is the account of payments-prod, invite it back as that finding says: apply adopts it, and the instance is vend’s again. Otherwise remove the instance from the StackSet and keep its stack: aws cloudformation delete-stack-instances --stack-set-name vend-automation-roles --accounts ${id} --regions us-east-1 --retain-stacks`,
    accept: `none: vend deploys only to the organization’s accounts; once accounts/payments-prod.yaml is deleted, remove the instance from the StackSet and keep its stack: aws cloudformation delete-stack-instances --stack-set-name vend-automation-roles --accounts ${id} --regions us-east-1 --retain-stacks`,
  });
  expect(kinds(findings.filter((finding) => finding.kind !== 'account-left-organization'))).toEqual(
    [
      `stack-instance-outside-organization stackset:vend-automation-roles@account:${id}/us-east-1`,
      `stack-instance-outside-organization stackset:vend-permissions-boundary@account:${id}/us-east-1`,
      `stack-instance-outside-organization stackset:vend-regional-guardrails@account:${id}/eu-west-1`,
      `stack-instance-outside-organization stackset:vend-regional-guardrails@account:${id}/us-east-1`,
    ].sort(),
  );
});

test('a declared account being created right now is not checked, not drift', () => {
  const desired = referenceDesiredState();
  desired.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  const observed = convergedObservation(referenceDesiredState());
  observed.accountCreationsInProgress = [{ requestId: 'car-1', accountName: 'payments-staging' }];
  const result = drift(desired, observed);
  expect(result.findings.filter((finding) => finding.target === 'account:payments-staging')).toEqual([]);
  expect(result.notChecked).toEqual([
    {
      target: 'account:payments-staging',
      what: 'the account',
      reason: 'its creation (request car-1) is still in progress',
    },
  ]);
});

test('a suspended account and an account renamed by hand', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedAccount(observed, 'security-audit').status = 'SUSPENDED';
  observedAccount(observed, 'payments-dev').name = 'renamed-by-hand';
  const findings = drift(desired, observed).findings;
  expect(kinds(findings)).toEqual(['account-name account:payments-dev', 'account-suspended account:security-audit']);
  expect(findings.find((finding) => finding.kind === 'account-suspended')).toMatchObject({
    severity: 'high',
    actual: `SUSPENDED (${accountIdOf('security-audit')})`,
  });
});

test('while a suspended account blocks apply, no restore hint promises what apply will do', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedAccount(observed, 'security-audit').status = 'SUSPENDED';
  observedPolicy(observed, 'deny-leave-organization').targetIds = [];
  const findings = drift(desired, observed).findings;
  expect(findings.find((finding) => finding.kind === 'scp-detached')!.restore).toMatch(
    /, once apply is unblocked: main's plan has 1 problem \(account:security-audit at accounts\/security-audit\.yaml \[account-suspended\]\), and apply changes nothing until it is fixed$/,
  );
  expect(findings.find((finding) => finding.kind === 'account-suspended')!.restore).toMatch(
    /; until then, apply changes nothing at all$/,
  );
});

test('while an expired exception fails validation, restore hints wait for it too', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedPolicy(observed, 'deny-leave-organization').targetIds = [];
  const expired = 'account:payments-dev#exception:required-tags';
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30', [expired]);
  const detached = organizationFindings(context, []).findings.find((finding) => finding.kind === 'scp-detached')!;
  expect(detached.restore).toMatch(
    /, once apply is unblocked: validation fails on 1 expired exception \(account:payments-dev#exception:required-tags\), and apply changes nothing until it is fixed$/,
  );
});

test('a suspended account that was also moved and retagged says so, so its OU and tags findings do not read as cleared', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const account = observedAccount(observed, 'payments-prod');
  // The night before: moved and retagged by hand, two findings on the issue.
  Object.assign(account, {
    parentId: organizationalUnitIdOf('Workloads/NonProd'),
    parentPath: 'Workloads/NonProd',
    tags: { ...account.tags, CostCenter: '999', Team: 'x' },
  });
  expect(kinds(drift(desired, observed).findings)).toEqual([
    'account-tags account:payments-prod',
    'account-wrong-ou account:payments-prod',
  ]);
  delete account.tags!.Owner;
  account.status = 'SUSPENDED';
  const finding = only(drift(desired, observed).findings);
  expect(finding).toMatchObject({ kind: 'account-suspended', target: 'account:payments-prod' });
  expect(finding.details).toEqual([
    'also in Workloads/NonProd, not in Workloads/Prod',
    'also tags differ: CostCenter="999" (main: "4711"), no Owner (main: "team-payments"), Team="x" (not in main)',
  ]);
});

test('an account renamed by hand where apply cannot rename it back is still name drift, saying why', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedAccount(observed, 'payments-dev').name = 'renamed-by-hand';
  observed.trustedServicePrincipals = [];
  const findings = drift(desired, observed).findings;
  expect(kinds(findings)).toEqual(['account-name account:payments-dev']);
  expect(findings[0]).toMatchObject({
    actual: 'account name "renamed-by-hand"',
    restore: expect.stringContaining('apply cannot rename it back yet: Renaming account '),
    accept: 'set accountName: "renamed-by-hand" in accounts/payments-dev.yaml',
  });
});

test('the ownership tag removed from an account and from a catalogue SCP', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  delete observedAccount(observed, 'payments-dev').tags![MANAGED_BY_TAG.key];
  observedPolicy(observed, 'deny-leave-organization').tags = {};
  expect(kinds(drift(desired, observed).findings)).toEqual([
    'account-ownership-tag account:payments-dev',
    'scp-ownership-tag scp:deny-leave-organization',
  ]);
});

test('giving up an account whose ownership tag is gone names the instances and SCPs that stay in it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  delete observedAccount(observed, 'security-audit').tags![MANAGED_BY_TAG.key];
  expect(only(drift(desired, observed).findings).accept).toBe(
    'delete accounts/security-audit.yaml to give the account up: vend manages only accounts it tags. What vend put there stays, as vend changes nothing in an account no manifest declares: SCP deny-unapproved-regions attached to it',
  );
  delete observedAccount(observed, 'payments-dev').tags![MANAGED_BY_TAG.key];
  expect(drift(desired, observed).findings.find((finding) => finding.target === 'account:payments-dev')?.accept).toBe(
    'delete accounts/payments-dev.yaml to give the account up: vend manages only accounts it tags. What vend put there stays, as vend changes nothing in an account no manifest declares: its 2 stack instances of vend’s StackSets (vend-permissions-boundary us-east-1 and vend-automation-roles us-east-1), each then stack-instance-untargeted until you delete it',
  );
});

// Validate refuses an scps: list naming an SCP the catalogue lacks, and the untagged policy keeps acting where it
// is attached (vend changes no policy it does not own).
test('accepting an SCP that lost its ownership tag renames it everywhere it is listed, and says the old one stays', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const policy = observedPolicy(observed, 'deny-unapproved-regions');
  policy.tags = {};
  const finding = only(drift(desired, observed).findings);
  expect(finding.kind).toBe('scp-ownership-tag');
  expect(finding.accept).toBe(
    `rename deny-unapproved-regions in the scps catalogue of baselines/organization.yaml and in the scps lists that name it (OU Workloads/Prod in baselines/organization.yaml; accounts/security-audit.yaml), so vend creates its own. The old policy (${policy.id}) stays attached to 2 targets, acting beside the new one and counting toward each target's SCP quota: vend changes no policy it does not own, so detach it by hand if it should go; until then drift reports it as scp-foreign`,
  );
});

test('removing an SCP’s ownership tag does not hide an edit of its content: that stays critical', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const policy = observedPolicy(observed, 'deny-leave-organization');
  policy.content = policy.content.replace('organizations:LeaveOrganization', 's3:Nothing');
  policy.tags = {};
  const findings = drift(desired, observed).findings;
  expect(kinds(findings)).toEqual([
    'scp-content scp:deny-leave-organization',
    'scp-ownership-tag scp:deny-leave-organization',
  ]);
  expect(findings.find((finding) => finding.kind === 'scp-content')?.severity).toBe('critical');
  // Apply refuses to change a policy it does not own: the hint says what unblocks the rewrite, not that apply makes it.
  expect(findings.find((finding) => finding.kind === 'scp-content')?.restore).toBe(
    'once the policy is tagged ManagedBy=vend again (apply changes no policy it does not own), apply writes main’s content back; until then, apply changes nothing at all',
  );
});

test('accounts no manifest declares are grouped by the OU they sit in, at info', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  for (const [id, name] of [
    ['299999999991', 'legacy-a'],
    ['299999999992', 'legacy-b'],
  ])
    observed.accounts.push({
      id: id!,
      name: name!,
      email: `${name}@example.com`,
      status: 'ACTIVE',
      parentId: organizationalUnitIdOf('Security'),
      parentPath: 'Security',
    });
  expect(only(drift(desired, observed).findings)).toMatchObject({
    kind: 'unmanaged-accounts',
    severity: 'info',
    target: 'ou:Security',
    actual: '2 unmanaged accounts: legacy-a (299999999991) and legacy-b (299999999992)',
  });
});

test('a suspended account no manifest declares is not to be given one: it cannot be adopted', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const unmanaged = (id: string, name: string, status: string) =>
    observed.accounts.push({
      id,
      name,
      email: `${name}@example.com`,
      status,
      parentId: organizationalUnitIdOf('Security'),
      parentPath: 'Security',
    });
  unmanaged('299999999991', 'closed-one', 'SUSPENDED');
  expect(only(drift(desired, observed).findings)).toMatchObject({
    actual: '1 unmanaged account: closed-one (299999999991, SUSPENDED)',
    accept:
      'nothing to declare: a suspended account cannot be adopted or changed; an ignore: entry holds it back (still listed, as ignored)',
  });
  unmanaged('299999999992', 'legacy', 'ACTIVE');
  expect(only(drift(desired, observed).findings).accept).toBe(
    'add a manifest for each active one to accounts/ (apply adopts an existing account by its email), or an ignore: entry',
  );
});

test('an unmanaged account under the root or in an undeclared OU is told what a manifest would do there', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits.push({ id: 'ou-r00t-twin', name: 'security', path: 'security', parentId: ROOT_ID });
  const place = (id: string, name: string, parentId: string, parentPath: string) =>
    observed.accounts.push({ id, name, email: `${name}@example.com`, status: 'ACTIVE', parentId, parentPath });
  place('299999999993', 'stray', ROOT_ID, '(root)');
  place('299999999994', 'twin', 'ou-r00t-twin', 'security');
  const accepts = Object.fromEntries(
    drift(desired, observed)
      .findings.filter((finding) => finding.kind === 'unmanaged-accounts')
      .map((finding) => [finding.target, finding.accept]),
  );
  expect(accepts).toEqual({
    root: 'add a manifest for it to accounts/ naming the OU it belongs in (apply adopts an existing account by its email, and moves it out of the root: the plan shows the move), or an ignore: entry',
    'ou:security':
      'declare security in baselines/organization.yaml (where AWS holds a name the repository cannot declare, rename the OU in AWS first), then add a manifest for it to accounts/; or an ignore: entry',
  });
});

test("an account tagged as vend's whose manifest was deleted is its own finding, by id, at medium", () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const account = observedAccount(observed, 'payments-prod');
  desired.accounts = desired.accounts.filter((declared) => declared.name !== 'payments-prod');
  expect(only(drift(desired, observed).findings)).toMatchObject({
    kind: 'account-undeclared',
    severity: 'medium',
    target: `account-id:${account.id}`,
    actual: `payments-prod (${account.id}, aws+payments-prod@example.com, in Workloads/Prod) carries ManagedBy=vend, and no manifest has its email`,
    accept: 'put its manifest back (with closed: true to close it), or give it up by removing its ManagedBy tag in AWS',
    details: expect.arrayContaining([
      'stack instance of vend-automation-roles in us-east-1, which vend no longer maintains',
    ]),
  });
});

test('a declared OU deleted by hand is missing; its children are not findings of their own', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits = observed.organizationalUnits.filter((unit) => !unit.path.startsWith('Workloads'));
  for (const account of observed.accounts.filter((candidate) => candidate.parentPath.startsWith('Workloads')))
    Object.assign(account, { parentId: ROOT_ID, parentPath: '' });
  const findings = drift(desired, observed).findings;
  expect(findings.filter((finding) => finding.kind.startsWith('ou-')).map((finding) => finding.target)).toEqual([
    'ou:Workloads',
  ]);
  expect(kinds(findings)).toEqual(
    expect.arrayContaining(['account-wrong-ou account:payments-dev', 'account-wrong-ou account:payments-prod']),
  );
});

test('a detached guardrail stays a critical finding, by its id, when its OU is deleted, and a deleted SCP covers it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prodId = organizationalUnitIdOf('Workloads/Prod');
  const regions = observedPolicy(observed, 'deny-unapproved-regions');
  regions.targetIds = regions.targetIds.filter((id) => id !== prodId);
  const detached = drift(desired, observed).findings.find((finding) => finding.kind === 'scp-detached')!;
  // The OU goes too, its accounts moved up.
  observed.organizationalUnits = observed.organizationalUnits.filter((unit) => unit.id !== prodId);
  const workloads = organizationalUnitIdOf('Workloads');
  for (const account of observed.accounts.filter((candidate) => candidate.parentId === prodId))
    Object.assign(account, { parentId: workloads, parentPath: 'Workloads' });
  const gone = drift(desired, observed).findings.find((finding) => finding.id === detached.id);
  expect(gone).toMatchObject({
    kind: 'scp-detached',
    severity: 'critical',
    actual: 'not attached: OU Workloads/Prod is missing (ou-missing)',
  });
  // Deleted outright, the SCP's own finding stands for every attachment it had: none is said to have cleared.
  const deleted = convergedObservation(desired);
  deleted.policies = deleted.policies.filter((policy) => policy.name !== 'deny-unapproved-regions');
  const missing = drift(desired, deleted).findings.find((finding) => finding.kind === 'scp-missing')!;
  expect(missing.covers).toContain(detached.id);
});

test('a declared OU renamed by hand is a rename, found by what it holds, and its accounts did not move', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  Object.assign(prod, { name: 'Production', path: 'Workloads/Production' });
  observedAccount(observed, 'payments-prod').parentPath = 'Workloads/Production';
  const finding = only(drift(desired, observed).findings);
  expect(finding).toMatchObject({
    kind: 'ou-renamed',
    target: 'ou:Workloads/Prod',
    actual: `renamed to "Production" (${prod.id}), or replaced by it, holding the account main puts in Workloads/Prod or beneath it: payments-prod`,
  });
  expect(finding.restore).toContain(`--organizational-unit-id ${prod.id} --name=Prod`);
});

/** Renames the observed OU at `path` as UpdateOrganizationalUnit does: its id kept, every path beneath it changed. */
function renameObserved(observed: ObservedState, path: string, name: string): string {
  const unit = observed.organizationalUnits.find((candidate) => candidate.path === path)!;
  const renamed = [...path.split('/').slice(0, -1), name].join('/');
  const moved = (old: string) => (old === path || old.startsWith(`${path}/`) ? renamed + old.slice(path.length) : old);
  unit.name = name;
  for (const each of observed.organizationalUnits) each.path = moved(each.path);
  for (const account of observed.accounts) account.parentPath = moved(account.parentPath);
  return unit.id;
}

test('drift beneath an OU renamed inside a renamed OU keeps its findings and their ids: nothing is "cleared"', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prodId = organizationalUnitIdOf('Workloads/Prod');
  const regions = observedPolicy(observed, 'deny-unapproved-regions');
  regions.targetIds = regions.targetIds.filter((id) => id !== prodId);
  renameObserved(observed, 'Workloads/Prod', 'Production');
  const before = drift(desired, observed).findings;
  const detached = before.find((finding) => finding.kind === 'scp-detached')!;
  expect(detached.target).toBe('scp:deny-unapproved-regions@ou:Workloads/Prod');
  renameObserved(observed, 'Workloads', 'Apps');
  const after = drift(desired, observed).findings;
  expect(kinds(after)).toEqual([
    'ou-renamed ou:Workloads',
    'ou-renamed ou:Workloads/Prod',
    'scp-detached scp:deny-unapproved-regions@ou:Workloads/Prod',
  ]);
  expect(after.find((finding) => finding.kind === 'scp-detached')!.id).toBe(detached.id);
  // Who lacks it is said through the rename as before it: a "changed" finding must not come from the text alone.
  expect(after.find((finding) => finding.kind === 'scp-detached')!.details).toEqual(detached.details);
  expect(detached.details).toEqual(['not in force for 1 account beneath it: payments-prod']);
});

test('an OU deleted, or an account moved, beneath a renamed OU is still drift', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const nonProd = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/NonProd')!;
  observed.organizationalUnits = observed.organizationalUnits.filter((unit) => unit.path !== 'Workloads/Prod');
  Object.assign(observedAccount(observed, 'payments-prod'), { parentId: nonProd.id, parentPath: nonProd.path });
  renameObserved(observed, 'Workloads', 'Apps');
  const findings = drift(desired, observed).findings;
  expect(kinds(findings)).toEqual(
    expect.arrayContaining([
      'ou-renamed ou:Workloads',
      'ou-missing ou:Workloads/Prod',
      'account-wrong-ou account:payments-prod',
    ]),
  );
  // Accepting the move names the declared OU it is in, not the name AWS shows since the rename, which no manifest
  // could keep without declaring a second Workloads tree.
  const moved = findings.find((finding) => finding.kind === 'account-wrong-ou')!;
  expect(moved.actual).toBe('in Apps/NonProd');
  expect(moved.accept).toMatch(
    /^set ou: Workloads\/NonProd in accounts\/payments-prod\.yaml \(the declared OU, Apps\/NonProd in AWS since a rename\)/,
  );
});

test('a vend SCP or FullAWSAccess attached by hand to a renamed OU is still found, by the OU’s id', () => {
  const desired = referenceDesiredState();
  desiredOrganizationalUnitAt(desired, 'Workloads/Prod').fullAWSAccess = false;
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  Object.assign(prod, { name: 'Production', path: 'Workloads/Production' });
  observedAccount(observed, 'payments-prod').parentPath = 'Workloads/Production';
  // Declared at the root and on Workloads, not on Workloads/Prod: attached there by hand once it was renamed.
  observedPolicy(observed, 'require-permissions-boundary').targetIds.push(prod.id);
  observedPolicy(observed, 'FullAWSAccess').targetIds.push(prod.id);
  const findings = drift(desired, observed).findings;
  expect(kinds(findings)).toEqual([
    'full-aws-access-undeclared scp:FullAWSAccess@ou:Workloads/Prod',
    'ou-renamed ou:Workloads/Prod',
    'scp-attached-undeclared scp:require-permissions-boundary@ou:Workloads/Prod',
  ]);
  expect(findings.find((finding) => finding.kind === 'scp-attached-undeclared')).toMatchObject({
    expected: `SCP require-permissions-boundary not attached to OU Workloads/Prod (in AWS now Workloads/Production, ${prod.id})`,
    restore: expect.stringMatching(/^apply detaches it once the OU has its declared name again .*allow-destructive/),
    accept: expect.stringContaining('add require-permissions-boundary to'),
  });
});

// The plan refuses to delete a retired SCP while it is attached where the repository does not declare; an OU that
// drift takes for a declared one renamed is such a place, and the finding must name it as the plan does.
test('a retired SCP attached only to an OU drift takes for a renamed one names that OU', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  Object.assign(prod, { name: 'Production', path: 'Workloads/Production' });
  observedAccount(observed, 'payments-prod').parentPath = 'Workloads/Production';
  const retired = observedPolicy(observed, 'deny-leave-organization');
  Object.assign(retired, { name: 'retired-guardrail', targetIds: [prod.id] });
  const finding = drift(desired, observed).findings.find((candidate) => candidate.kind === 'scp-retired')!;
  expect(finding.actual).toBe(
    `SCP retired-guardrail (${retired.id}) is attached to OU Workloads/Production (${prod.id}), which the repository does not declare`,
  );
});

test('a renamed OU says which of main’s accounts it holds: one moved out is not claimed, and is its own finding', () => {
  const desired = referenceDesiredState();
  desired.accounts.push(desiredAccount('payments-prod-eu', { ou: 'Workloads/Prod' }));
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  Object.assign(prod, { name: 'Production', path: 'Workloads/Production' });
  observedAccount(observed, 'payments-prod').parentPath = 'Workloads/Production';
  Object.assign(observedAccount(observed, 'payments-prod-eu'), {
    parentId: organizationalUnitIdOf('Security'),
    parentPath: 'Security',
  });
  const findings = drift(desired, observed).findings;
  expect(kinds(findings)).toEqual(
    expect.arrayContaining(['ou-renamed ou:Workloads/Prod', 'account-wrong-ou account:payments-prod-eu']),
  );
  expect(findings.find((finding) => finding.kind === 'ou-renamed')!.actual).toBe(
    `renamed to "Production" (${prod.id}), or replaced by it, holding 1 of the 2 accounts main puts in Workloads/Prod or beneath it: payments-prod (not payments-prod-eu)`,
  );
});

test('an OU renamed while its one account left the organization is still a rename, not an OU to strip of its SCPs', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  Object.assign(prod, { name: 'Production', path: 'Workloads/Production' });
  const gone = accountIdOf('payments-prod');
  observed.accounts = observed.accounts.filter((account) => account.id !== gone);
  for (const policy of observed.policies) policy.targetIds = policy.targetIds.filter((target) => target !== gone);
  const findings = drift(desired, observed).findings;
  // Besides the stacks it left behind, which are their own findings: a rename, and no undeclared OU or attachment.
  expect(kinds(findings).filter((kind) => !kind.startsWith('stack-instance-outside-organization'))).toEqual([
    'account-left-organization account:payments-prod',
    'ou-renamed ou:Workloads/Prod',
  ]);
  expect(findings.find((finding) => finding.kind === 'ou-renamed')!.actual).toBe(
    `renamed to "Production" (${prod.id}), or replaced by it, holding none of main's accounts: every one main puts in Workloads/Prod or beneath it left the organization (payments-prod)`,
  );
});

test('vend’s own OU renamed after its accounts moved out is a rename by its tag, as the plan’s problem says', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const nonProd = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/NonProd')!;
  nonProd.tags = { ManagedBy: 'vend' };
  Object.assign(observedAccount(observed, 'payments-dev'), {
    parentId: organizationalUnitIdOf('Security'),
    parentPath: 'Security',
  });
  Object.assign(nonProd, { name: 'NonProduction', path: 'Workloads/NonProduction' });
  const findings = drift(desired, observed).findings;
  expect(kinds(findings).filter((kind) => kind.startsWith('ou-'))).toEqual(['ou-renamed ou:Workloads/NonProd']);
  expect(findings.find((finding) => finding.kind === 'ou-renamed')).toMatchObject({
    actual: `renamed to "NonProduction" (${nonProd.id}), or replaced by it, tagged ManagedBy: vend, holding not the account main puts in Workloads/NonProd or beneath it (payments-dev is elsewhere)`,
    restore: expect.stringContaining(`--organizational-unit-id ${nonProd.id} --name=NonProd`),
  });
  // Without the tag, nothing tells it from another team's OU: the declared one is missing.
  delete nonProd.tags;
  expect(kinds(drift(desired, observed).findings).filter((kind) => kind.startsWith('ou-'))).toEqual([
    'ou-missing ou:Workloads/NonProd',
    'ou-undeclared ou:Workloads/NonProduction',
  ]);
});

test('an OU known as renamed by its SCPs alone claims no account', () => {
  const desired = referenceDesiredState();
  desired.accounts = desired.accounts.filter((account) => account.ou !== 'Workloads/Prod');
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  Object.assign(prod, { name: 'Production', path: 'Workloads/Production' });
  expect(only(drift(desired, observed).findings)).toMatchObject({
    kind: 'ou-renamed',
    actual: `renamed to "Production" (${prod.id}), or replaced by it, holding no account: main puts none in Workloads/Prod or beneath it`,
    restore: expect.stringMatching(/^apply would create a second OU Workloads\/Prod, leaving /),
  });
});

test('an OU renamed away from a name a shell reads gets a rename-back command that can be pasted', () => {
  const desired = referenceDesiredState();
  const unit = desired.organizationalUnits.find((candidate) => candidate.path === 'Workloads/Prod')!;
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((candidate) => candidate.path === 'Workloads/Prod')!;
  for (const account of desired.accounts.filter((candidate) => candidate.ou === 'Workloads/Prod'))
    account.ou = "Workloads/Team #1's";
  unit.path = "Workloads/Team #1's";
  unit.name = "Team #1's";
  Object.assign(prod, { name: 'Team 2', path: 'Workloads/Team 2' });
  const renamed = drift(desired, observed).findings.find((finding) => finding.kind === 'ou-renamed');
  expect(renamed?.restore).toContain(
    `(aws organizations update-organizational-unit --organizational-unit-id ${prod.id} --name='Team #1'\\''s')`,
  );
});

test('an OU deleted beside another with the same SCPs, holding none of its accounts, is no rename: the ids do not show one', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  // Another team's OU under the same parent, with the same SCPs: SCPs can be attached anywhere.
  Object.assign(prod, { id: 'ou-a1b2-other001', name: 'Experiments', path: 'Workloads/Experiments' });
  for (const policy of observed.policies)
    policy.targetIds = policy.targetIds.map((id) => (id === organizationalUnitIdOf('Workloads/Prod') ? prod.id : id));
  Object.assign(observedAccount(observed, 'payments-prod'), { parentId: ROOT_ID, parentPath: '' });
  const findings = drift(desired, observed).findings;
  expect(kinds(findings).filter((kind) => kind.startsWith('ou-'))).toEqual([
    'ou-missing ou:Workloads/Prod',
    'ou-undeclared ou:Workloads/Experiments',
  ]);
  // Yet before apply makes a second Prod beside it, the missing OU's finding points to the look-alike.
  expect(findings.find((finding) => finding.kind === 'ou-missing')!.restore).toBe(
    'apply creates it, attaches its SCPs and moves its accounts into it; OU "Experiments" (ou-a1b2-other001) under OU Workloads holds the SCPs declared on it (deny-unapproved-regions): if it is this OU renamed, rename it back instead (aws organizations update-organizational-unit --organizational-unit-id ou-a1b2-other001 --name=Prod)',
  );
});

test('a missing OU points to an undeclared OU beside it with its name in another case, even with no SCPs to go by', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  Object.assign(prod, { id: 'ou-a1b2-lower001', name: 'prod', path: 'Workloads/prod' });
  for (const policy of observed.policies)
    policy.targetIds = policy.targetIds.filter((id) => id !== organizationalUnitIdOf('Workloads/Prod'));
  Object.assign(observedAccount(observed, 'payments-prod'), { parentId: ROOT_ID, parentPath: '' });
  const missing = drift(desired, observed).findings.find((finding) => finding.kind === 'ou-missing')!;
  expect(missing.restore).toContain(
    'OU "prod" (ou-a1b2-lower001) under OU Workloads has its name but for case: if it is this OU renamed, rename it back instead',
  );
});

test('a renamed OU hides no guardrail: an SCP detached from it is still critical, and its foreign SCPs are read', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const prod = observed.organizationalUnits.find((unit) => unit.path === 'Workloads/Prod')!;
  Object.assign(prod, { name: 'Production', path: 'Workloads/Production' });
  observedAccount(observed, 'payments-prod').parentPath = 'Workloads/Production';
  const guard = observedPolicy(observed, 'deny-unapproved-regions');
  guard.targetIds = guard.targetIds.filter((id) => id !== prod.id);
  const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
  expect(declaredTargetIds(context).get(prod.id)).toBe('ou:Workloads/Prod');
  const findings = organizationFindings(context, []).findings;
  expect(kinds(findings)).toEqual(
    expect.arrayContaining([
      'ou-renamed ou:Workloads/Prod',
      'scp-detached scp:deny-unapproved-regions@ou:Workloads/Prod',
    ]),
  );
  expect(findings.find((finding) => finding.kind === 'scp-detached')).toMatchObject({
    severity: 'critical',
    expected: `SCP deny-unapproved-regions attached to OU Workloads/Prod (in AWS now Workloads/Production, ${prod.id})`,
  });
});

test('an OU nobody declared is low; what it holds is counted', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits.push(
    { id: 'ou-a1b2-extra001', name: 'Experiments', path: 'Experiments', parentId: ROOT_ID },
    { id: 'ou-a1b2-extra002', name: 'Deep', path: 'Experiments/Deep', parentId: 'ou-a1b2-extra001' },
  );
  expect(only(drift(desired, observed).findings)).toMatchObject({
    kind: 'ou-undeclared',
    severity: 'low',
    target: 'ou:Experiments',
    actual: 'OU Experiments (ou-a1b2-extra001), with 1 OU beneath it',
    accept: 'declare it under organizationalUnits in baselines/organization.yaml',
  });
});

test("an undeclared OU whose name holds '/' is to be renamed before it can be declared", () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits.push({ id: 'ou-a1b2-cicd0001', name: 'CI/CD', path: '"CI/CD"', parentId: ROOT_ID });
  expect(only(drift(desired, observed).findings).accept).toBe(
    "rename it in AWS without '/' (an OU path joins names with '/'), then declare it under organizationalUnits in baselines/organization.yaml",
  );
});

test('an undeclared OU whose name the repository cannot declare is to be renamed first', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits.push({ id: 'ou-a1b2-accent01', name: 'Équipe', path: 'Équipe', parentId: ROOT_ID });
  expect(only(drift(desired, observed).findings).accept).toMatch(
    /^rename it in AWS to a name the repository can declare \(1-128 printable ASCII characters .*\), then declare it under/,
  );
});

test('an undeclared OU named constructor, a key the loader refuses, is to be renamed before it can be declared', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits.push({
    id: 'ou-a1b2-ctor0001',
    name: 'constructor',
    path: 'constructor',
    parentId: ROOT_ID,
  });
  expect(only(drift(desired, observed).findings).accept).toMatch(
    /^rename it in AWS to a name the repository can declare/,
  );
});

test('a problem that blocks apply, which no drift kind explains, says where the repository declares what to fix', () => {
  const desired = serviceManagedDesiredState();
  const observed = convergedObservation(desired);
  observed.trustedServicePrincipals = ['account.amazonaws.com'];
  const blocked = drift(desired, observed).findings.find((finding) => finding.kind === 'blocking-problem');
  expect(blocked?.actual).toMatch(
    /has not enabled trusted access for CloudFormation StackSets.* \(baselines\/organization\.yaml \[stack-sets-trusted-access\]\)$/,
  );
});

test('a catalogue SCP of vend’s attached to an OU the repository does not declare is a high finding, with the detach command', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.organizationalUnits.push({ id: 'ou-a1b2-cicd0001', name: 'CI/CD', path: '"CI/CD"', parentId: ROOT_ID });
  const guard = observedPolicy(observed, 'deny-unapproved-regions');
  guard.targetIds.push('ou-a1b2-cicd0001');
  const stray = drift(desired, observed).findings.find((finding) => finding.kind === 'scp-attached-undeclared');
  expect(stray).toMatchObject({
    severity: 'high',
    target: 'scp:deny-unapproved-regions@ou:"CI/CD"',
    actual:
      'attached to OU "CI/CD" (ou-a1b2-cicd0001), which the repository does not declare: it acts on the accounts there',
    restore: `apply cannot: it changes nothing where the repository does not declare. Detach it by hand: aws organizations detach-policy --policy-id ${guard.id} --target-id ou-a1b2-cicd0001`,
  });
});

test('no stray-SCP finding where another finding tells the target: vend’s own account, a twin OU, a closed account, a deleted OU', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  // security-audit's email changed in AWS: the manifest matches no account, but the account is vend's.
  observedAccount(observed, 'security-audit').email = 'aws+renamed@example.com';
  // A second OU of a declared name, carrying the declared SCP: ou-ambiguous tells it.
  observed.organizationalUnits.push({
    id: 'ou-a1b2-dup00001',
    name: 'Prod',
    path: 'Workloads/Prod',
    parentId: organizationalUnitIdOf('Workloads'),
  });
  observedPolicy(observed, 'deny-unapproved-regions').targetIds.push('ou-a1b2-dup00001');
  // A closed account of another team with the SCP on it: it runs nothing.
  observed.accounts.push({
    ...structuredClone(observedAccount(observed, 'payments-dev')),
    id: '999999999991',
    name: 'closed',
    email: 'closed@other.example.com',
    status: 'SUSPENDED',
    tags: {},
  });
  observedPolicy(observed, 'deny-unapproved-regions').targetIds.push('999999999991');
  // A declared OU deleted in AWS that the policy still lists as a target for a moment (moto keeps it): ou-missing
  // tells it, and it is no account.
  observed.organizationalUnits = observed.organizationalUnits.filter(
    (unit) => unit.id !== organizationalUnitIdOf('Security'),
  );
  observedPolicy(observed, 'deny-unapproved-regions').targetIds.push(organizationalUnitIdOf('Security'));
  const kindsFound = kinds(drift(desired, observed).findings);
  expect(kindsFound.filter((entry) => entry.startsWith('scp-attached-undeclared'))).toEqual([]);
  expect(kindsFound).toContain('ou-missing ou:Security');
  expect(kindsFound.filter((entry) => entry.startsWith('ou-renamed'))).toEqual([]);
  expect(kindsFound).toContain('ou-ambiguous ou:Workloads/Prod');
  // Its accounts are in an OU of the declared path: no account-wrong-ou that would read "in Workloads/Prod, expected
  // in Workloads/Prod".
  expect(kindsFound.filter((entry) => entry.startsWith('account-wrong-ou'))).toEqual([]);
});

// Under a renamed OU drift goes on by the OU's id: an SCP renamed there is still a rename, whose rename back is
// harmless, never a retired SCP to detach by hand from the OU whose accounts it guards.
test('an SCP renamed outside git on an OU that was renamed too is still said to be renamed', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const policy = observedPolicy(observed, 'require-permissions-boundary');
  policy.name = 'require-permissions-boundary-old';
  const workloads = renameObserved(observed, 'Workloads', 'Apps');
  const findings = drift(desired, observed).findings;
  const rename = `aws organizations update-policy --policy-id ${policy.id} --name require-permissions-boundary`;
  expect(findings.find((finding) => finding.kind === 'scp-missing')).toMatchObject({
    actual: `no SCP named require-permissions-boundary in the organization, but vend's SCP require-permissions-boundary-old (${policy.id}) holds exactly its content and is attached to OU Workloads: require-permissions-boundary renamed outside git, in force under its new name`,
    restore: expect.stringContaining(rename),
  });
  const retired = findings.find((finding) => finding.kind === 'scp-retired')!;
  expect(retired.actual).toBe(
    `SCP require-permissions-boundary-old (${policy.id}) exists, attached to OU Workloads, holding exactly the content of catalogue SCP require-permissions-boundary, which is missing (scp-missing): require-permissions-boundary renamed outside git`,
  );
  expect(retired.restore).toContain(rename);
  expect(retired.restore).toMatch(
    /^apply cannot detach it while it is attached where the repository does not declare \(an OU renamed in AWS/,
  );
  expect(retired.restore).not.toContain('by hand, then');
  expect(workloads).toBe(organizationalUnitIdOf('Workloads'));
});
