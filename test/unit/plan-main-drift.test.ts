import { execFileSync } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commitsMissingFrom } from '../../src/config/repository-commit.js';
import {
  acceptedFindings,
  ignoredCorrections,
  mainDriftContext,
  newIgnoreEntries,
  observationScope,
  renamedByHand,
  separateMainDrift,
} from '../../src/drift/pull-request-drift.js';
import type { DesiredState } from '../../src/config/desired-state.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { mainDriftJson } from '../../src/report/plan-json.js';
import { renderPlanComment } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  desiredOrganizationalUnitAt,
  observedAccount,
  accountIdOf,
  observedPolicy,
  organizationalUnitIdOf,
  referenceDesiredState,
} from '../support/plan-fixtures.js';
import { commitAll, gitRepository } from '../support/git-repository.js';

/**
 * A pull request that adds an account, planned against an organization where someone detached an SCP and retagged
 * an account by hand. The pull request accepts the new tag; the detached SCP is drift already on main.
 */
function scenario() {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  const policy = observedPolicy(observed, 'deny-unapproved-regions');
  policy.targetIds = policy.targetIds.filter((id) => id !== organizationalUnitIdOf('Workloads/Prod'));
  observedAccount(observed, 'payments-dev').tags!.CostCenter = '0000';
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  desiredAccountNamed(pullRequest, 'payments-dev').tags.CostCenter = '0000';
  const plan = computePlan(pullRequest, observed);
  return { plan, mainDrift: separateMainDrift(plan, computePlan(main, observed)) };
}

test('a change main’s own plan holds too is drift on main; one only main’s plan holds is drift the PR accepts', () => {
  const { mainDrift } = scenario();
  expect(mainDrift.corrections.map((change) => change.id)).toEqual([
    'attach-scp:deny-unapproved-regions@ou:Workloads/Prod',
  ]);
  expect(mainDrift.correctionSummary).toEqual({ create: 1, change: 0, destroy: 0 });
  expect(mainDrift.accepted.map((change) => change.id)).toEqual(['tag-account:account:payments-dev']);
});

test('a pull request that sets a drifted value to a third value neither accepts the drift nor only corrects it', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  observedAccount(observed, 'payments-dev').tags!.CostCenter = '0000';
  const pullRequest = referenceDesiredState();
  desiredAccountNamed(pullRequest, 'payments-dev').tags.CostCenter = '7777';
  const mainDrift = separateMainDrift(computePlan(pullRequest, observed), computePlan(main, observed));
  expect(mainDrift.accepted).toEqual([]);
  expect(mainDrift.corrections).toEqual([]);
  expect(mainDrift.alsoCorrecting.map((change) => change.id)).toEqual(['tag-account:account:payments-dev']);
});

test('the comment keeps the Terraform summary line and sets drift on main apart, with its own count', () => {
  const { plan, mainDrift } = scenario();
  const comment = renderPlanComment(plan, { mainDrift });
  expect(comment).toContain(`## Vend plan: ${plan.summary.create} to create, 0 to change, 0 to destroy\n`);
  expect(comment).toContain('### Drift already on main: 1 change (1 to create, 0 to change, 0 to destroy)');
  expect(comment).toContain('- Attach SCP deny-unapproved-regions to OU Workloads/Prod');
  expect(comment).toContain(
    'This pull request also makes the repository accept 1 difference from main’s plan, which merging leaves as the organization has it:\n- Set tag CostCenter on payments-dev',
  );
  // The pull request's own changes are listed without the correction, which has a listing of its own.
  const own = comment.slice(comment.indexOf('changes of this pull request, by resource'));
  expect(own).not.toContain('Attach SCP deny-unapproved-regions to OU Workloads/Prod');
  expect(comment).toContain('<details><summary>1 drift correction, by resource</summary>');
  const text = renderPlanText(plan, { mainDrift });
  expect(text).toContain(
    'Drift already on main: 1 change (1 to create, 0 to change, 0 to destroy) of this plan corrects drift',
  );
  // The text output separates them the same way: the correction is listed once, under drift on main.
  expect(text).toMatch(/^Vend will make this branch’s own change, by resource/);
  const ownText = text.slice(0, text.indexOf('Drift already on main'));
  expect(ownText).toContain('payments-staging');
  expect(ownText).not.toContain('deny-unapproved-regions to OU Workloads/Prod');
});

test('a destructive correction names, in the drift section, the account and region that lose a stack, and is marked', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  // A stray instance where nothing declares the baseline: main's plan removes it too.
  observed.stackSets
    .find((stackSet) => stackSet.name === 'vend-regional-guardrails')!
    .instances.push({
      accountId: observedAccount(observed, 'security-audit').id,
      region: 'us-east-1',
      status: 'CURRENT',
      parameterOverrides: {},
    });
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(renderPlanComment(plan, { mainDrift })).toMatch(
    /\n- Remove 1 regional-guardrails stack instance \(.*\): security-audit in us-east-1 _\(destructive\)_\n/,
  );
  expect(renderPlanText(plan, { mainDrift })).toMatch(
    /\n {2}Remove 1 regional-guardrails stack instance \(.*\): security-audit in us-east-1 {2}\[destructive\]\n/,
  );
});

test('without drift on main the comment says so in one line', () => {
  const main = referenceDesiredState();
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  const observed = convergedObservation(main);
  const plan = computePlan(pullRequest, observed);
  const comment = renderPlanComment(plan, { mainDrift: separateMainDrift(plan, computePlan(main, observed)) });
  expect(comment).toContain('### Drift already on main: none for this plan to correct');
  // A plan does not see all drift (another team's SCP, say): it must not tell the reviewer the organization matches.
  expect(comment).not.toContain('matches main');
});

test('a plan with no change at all is not said to have changes of its own', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  const plan = computePlan(desired, observed);
  expect(plan.changes).toEqual([]);
  const mainDrift = separateMainDrift(plan, computePlan(desired, observed));
  for (const rendered of [renderPlanComment(plan, { mainDrift }), renderPlanText(plan, { mainDrift })]) {
    expect(rendered).toContain('Drift already on main: none for this plan to correct');
    expect(rendered).not.toMatch(/Every change (above )?is this/);
  }
});

test('observation covers what either branch declares: accounts by email and catalogue SCPs by name', () => {
  const main = referenceDesiredState();
  const pullRequest = referenceDesiredState();
  pullRequest.accounts = pullRequest.accounts.filter((account) => account.name !== 'security-audit');
  pullRequest.scps = pullRequest.scps.filter((scp) => scp.name !== 'deny-unapproved-regions');
  const scope = observationScope(pullRequest, main);
  expect(scope.accounts.map((account) => account.name)).toEqual(['payments-dev', 'payments-prod', 'security-audit']);
  expect(scope.scps.map((scp) => scp.name)).toContain('deny-unapproved-regions');
  expect(scope.organizationalUnits).toBe(pullRequest.organizationalUnits);
});

test('a grouped change that corrects drift on main along with the pull request’s own work is neither accepted nor its own alone', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  // Someone deleted payments-dev's boundary instance by hand; the pull request adds an account with the same baseline.
  const boundary = observed.stackSets.find((stackSet) => stackSet.name === 'vend-permissions-boundary')!;
  const devId = observedAccount(observed, 'payments-dev').id;
  boundary.instances = boundary.instances.filter((instance) => instance.accountId !== devId);
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(
    desiredAccount('payments-staging', {
      ou: 'Workloads/NonProd',
      baselines: ['permissions-boundary', 'automation-roles'],
    }),
  );
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));

  expect(mainDrift.accepted).toEqual([]);
  expect(mainDrift.alsoCorrecting.map((change) => change.description)).toEqual([
    expect.stringMatching(/^Deploy permissions-boundary to 2 stack instances/),
  ]);
  const comment = renderPlanComment(plan, { mainDrift });
  expect(comment).not.toContain('accept');
  expect(comment).toContain(
    'One change of this pull request also corrects drift on main, along with the pull request’s own work',
  );
  expect(renderPlanText(plan, { mainDrift })).toContain('1 change of this branch also corrects drift on main');
});

test('an account main declares that the organization lacks is not shown as a routine correction: it may have left', () => {
  // Drift reports it as account-left-organization: AWS refuses to create an account with the email of one that left.
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  observed.accounts = observed.accounts.filter((account) => account.name !== 'payments-dev');
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(mainDrift.corrections.map((change) => change.id)).toContain('create-account:account:payments-dev');
  const warning =
    "Main declares account payments-dev, but no account in the organization has its email. If main's apply has not created it yet, merging does. If it left the organization, apply fails on it";
  expect(renderPlanText(plan, { mainDrift })).toContain(`WARNING: ${warning}`);
  expect(renderPlanComment(plan, { mainDrift })).toContain(`> [!WARNING]\n> ${warning}`);
});

test('ignore: entries the pull request adds or extends are named in the comment, critical ones under a warning', () => {
  const { plan, mainDrift } = scenario();
  const kept = {
    kind: 'unmanaged-accounts',
    reason: 'sandbox vending',
    expires: '2027-06-30',
    line: 40,
    expiresAt: { line: 42, column: 14 },
  };
  const guardrail = {
    kind: 'scp-detached',
    target: 'scp:*@ou:Workloads/Prod',
    reason: 'temporary',
    expires: '2027-01-31',
    line: 44,
    expiresAt: { line: 48, column: 14 },
  };
  const extended = { ...kept, expires: '2028-06-30', line: 41, expiresAt: { line: 43, column: 14 } };
  // Where an entry sits does not make it new; what it ignores, and until when, does.
  const moved = { ...kept, line: 52, expiresAt: { line: 56, column: 14 } };
  const silenced = newIgnoreEntries([moved, guardrail, extended], [kept]);
  expect(silenced).toEqual([guardrail, extended]);

  const comment = renderPlanComment(plan, { mainDrift: { ...mainDrift, silenced } });
  expect(comment).toContain(
    '### Drift this pull request ignores\n\n> [!WARNING]\n> One entry silences critical findings',
  );
  // A code span, which GitHub never reads as a mention: the target copies as vend matches it, with no word joiner.
  expect(comment).toContain(
    '- scp-detached findings at `scp:*@ou:Workloads/Prod` (critical), until 2027-01-31 (line 44): temporary',
  );
  expect(comment).toContain('- unmanaged-accounts findings everywhere (info), until 2028-06-30 (line 41)');
  const text = renderPlanText(plan, { mainDrift: { ...mainDrift, silenced } });
  expect(text).toContain('2 ignore: entries added or changed: vend drift lists the findings they match apart');
  expect(text).toContain('; 1 silences critical findings:');
  // Without new entries, nothing is said.
  expect(renderPlanComment(plan, { mainDrift })).not.toContain('this pull request ignores');
  // Where main's drift cannot be told (a new StackSet name prefix, say), the entries, a difference of the two
  // repositories alone, are still named.
  const unavailable = { unavailable: 'main was not read', silenced };
  expect(renderPlanComment(plan, { mainDrift: unavailable })).toContain(
    'scp-detached findings at `scp:*@ou:Workloads/Prod` (critical)',
  );
  expect(renderPlanText(plan, { mainDrift: unavailable })).toContain('; 1 silences critical findings:');
});

test('ignore: entries padded past the comment limit give way before the flagged changes, and never hide a critical one', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  const pullRequest = referenceDesiredState();
  const scp = pullRequest.scps.find((candidate) => candidate.name === 'deny-unapproved-regions')!;
  scp.content = scp.content.replace('"eu-west-1"', '"eu-west-1","ap-east-1"');
  const plan = computePlan(pullRequest, observed);
  const entry = (index: number) => ({
    kind: 'account-tags',
    target: `account:acct-${index}`,
    reason: `${'Padding that changes nothing in AWS. '.repeat(60)}end`,
    expires: '2027-01-31',
    line: 100 + index,
    expiresAt: { line: 100 + index, column: 14 },
  });
  const critical = {
    kind: 'scp-detached',
    target: 'scp:deny-root-user@root',
    reason: 'temporary',
    expires: '2027-01-31',
    line: 999,
    expiresAt: { line: 999, column: 14 },
  };
  const silenced = [...Array.from({ length: 600 }, (_, index) => entry(index)), critical];
  const mainDrift = { ...separateMainDrift(plan, computePlan(main, observed)), silenced };
  const comment = renderPlanComment(plan, { mainDrift });
  expect(comment.length).toBeLessThanOrEqual(65536);
  // The flagged change keeps its place with its reason; the critical entry is named; the padding is counted.
  expect(comment).toMatch(/Update SCP deny-unapproved-regions[^\n]*\n[^\n]*may loosen/);
  expect(comment).toContain(
    '- scp-detached findings at `scp:deny-root-user@root` (critical), until 2027-01-31 (line 999): temporary',
  );
  expect(comment).toContain(
    '- … and 600 entries that silence no critical finding: 600 account-tags, each at its line of baselines/organization.yaml',
  );
});

/** The reference organization converged with main, then its OU Security renamed Sec2 by hand in AWS. */
function securityRenamedByHand() {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  const security = observed.organizationalUnits.find((unit) => unit.path === 'Security')!;
  security.name = 'Sec2';
  security.path = 'Sec2';
  for (const account of observed.accounts) if (account.parentPath === 'Security') account.parentPath = 'Sec2';
  return { main, observed, security };
}

test('an OU renamed by hand on main is not a routine correction: the plan warns that it would make a second one', () => {
  const { main, observed, security } = securityRenamedByHand();
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  const plan = computePlan(pullRequest, observed);
  const separated = separateMainDrift(plan, computePlan(main, observed));
  expect(separated.corrections.map((change) => change.id)).toContain('create-ou:ou:Security');
  const renamed = renamedByHand(main, observed, separated.corrections);
  expect(renamed).toEqual([{ path: 'Security', id: security.id, observedPath: 'Sec2' }]);

  const mainDrift = { ...separated, renamedByHand: renamed };
  const warning = `Renamed by hand in AWS: Security is now Sec2 (${security.id}). The corrections would create a second OU`;
  expect(renderPlanComment(plan, { mainDrift })).toContain(`> [!WARNING]\n> ${warning}`);
  expect(renderPlanText(plan, { mainDrift })).toContain(`WARNING: ${warning}`);
});

test('a pull request that accepts an OU renamed by hand accepts the rename finding, at its severity', () => {
  const { main, observed } = securityRenamedByHand();
  // The branch declares the OU by its new name, and its account there.
  const pullRequest = referenceDesiredState();
  const unit = desiredOrganizationalUnitAt(pullRequest, 'Security');
  Object.assign(unit, { name: 'Sec2', path: 'Sec2' });
  desiredAccountNamed(pullRequest, 'security-audit').ou = 'Sec2';
  const plan = computePlan(pullRequest, observed);
  const mainPlan = computePlan(main, observed);
  const separated = separateMainDrift(plan, mainPlan);
  expect(separated.accepted.map((change) => change.id)).toContain('create-ou:ou:Security');
  const rated = acceptedFindings(mainDriftContext(main, observed, mainPlan), separated.accepted);
  expect(rated['create-ou:ou:Security']).toEqual([
    expect.objectContaining({ kind: 'ou-renamed', severity: 'high', target: 'ou:Security' }),
  ]);
});

/**
 * Someone detached the root's guardrail by hand (vend drift: scp-detached, critical) and retagged an account (medium);
 * a pull request drops the guardrail from root.scps and declares the new tag, so merging accepts both.
 */
function acceptingScenario() {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  const guardrail = observedPolicy(observed, 'deny-leave-organization');
  guardrail.targetIds = guardrail.targetIds.filter((id) => id !== observed.root.id);
  observedAccount(observed, 'payments-dev').tags!.CostCenter = '0000';
  const pullRequest = referenceDesiredState();
  pullRequest.organization.root.scps = [];
  desiredAccountNamed(pullRequest, 'payments-dev').tags.CostCenter = '0000';
  const plan = computePlan(pullRequest, observed);
  const mainPlan = computePlan(main, observed);
  const separated = separateMainDrift(plan, mainPlan);
  return {
    plan,
    mainDrift: {
      ...separated,
      acceptedFindings: acceptedFindings(mainDriftContext(main, observed, mainPlan), separated.accepted),
    },
  };
}

test('drift a pull request accepts carries the severity vend drift gives it, and a critical one a caution', () => {
  const { plan, mainDrift } = acceptingScenario();
  expect(mainDrift.acceptedFindings).toEqual({
    'attach-scp:deny-leave-organization@root': [
      expect.objectContaining({
        kind: 'scp-detached',
        severity: 'critical',
        target: 'scp:deny-leave-organization@root',
      }),
    ],
    'tag-account:account:payments-dev': [
      expect.objectContaining({ kind: 'account-tags', severity: 'medium', target: 'account:payments-dev' }),
    ],
  });
  // The plan itself holds no change for the guardrail: the caution is the only place a reviewer sees it.
  expect(plan.changes.map((change) => change.id)).not.toContain('attach-scp:deny-leave-organization@root');
  const comment = renderPlanComment(plan, { mainDrift });
  // Nothing of the plan corrects drift: the section is not headed "0 changes".
  expect(mainDrift.corrections).toEqual([]);
  expect(comment).toContain('### Drift already on main\n');
  expect(comment).not.toContain('Drift already on main: 0 changes');
  expect(comment.replaceAll('\u2060', '')).toContain(
    '> [!CAUTION]\n> Merging accepts drift that vend drift rates 1 critical: someone changed it',
  );
  // Worst first, each with its severity and the finding's heading.
  expect(comment).toContain(
    'accept 2 differences from main’s plan, which merging leaves as the organization has them:\n' +
      '- Attach SCP deny-leave-organization to the root (critical: SCP detached: `scp:deny-leave-organization@root`)\n' +
      '- Set tag CostCenter on payments-dev (medium: Account tags differ: `account:payments-dev`)',
  );
  const text = renderPlanText(plan, { mainDrift });
  expect(text).toContain('CAUTION: Merging accepts drift that vend drift rates 1 critical');
  expect(text).toContain(
    '  Attach SCP deny-leave-organization to the root (critical: SCP detached: scp:deny-leave-organization@root)',
  );
});

// vend drift tells an attachment of an SCP deleted by hand inside scp-missing, every attachment while SCPs are switched
// off inside scp-policy-type-disabled, and the instances of a deleted StackSet inside stackset-missing: a branch that
// keeps the SCP or StackSet but drops what it held accepts that finding, at its severity.
test.each([
  {
    drifted: 'an SCP deleted by hand',
    handEdit: (observed: ObservedState) => {
      observed.policies = observed.policies.filter((policy) => policy.name !== 'deny-unapproved-regions');
    },
    branch: (pullRequest: DesiredState) => {
      desiredAccountNamed(pullRequest, 'security-audit').scps = [];
    },
    change: 'attach-scp:deny-unapproved-regions@account:security-audit',
    finding: { kind: 'scp-missing', severity: 'critical', target: 'scp:deny-unapproved-regions' },
  },
  {
    drifted: 'SCPs switched off on the root',
    handEdit: (observed: ObservedState) => {
      observed.root.scpPolicyTypeEnabled = false;
      for (const policy of observed.policies) policy.targetIds = [];
    },
    branch: (pullRequest: DesiredState) => {
      pullRequest.organization.root.scps = [];
    },
    change: 'attach-scp:deny-leave-organization@root',
    finding: { kind: 'scp-policy-type-disabled', severity: 'critical', target: 'root' },
  },
  {
    drifted: 'an account that left the organization',
    handEdit: (observed: ObservedState) => {
      observed.accounts = observed.accounts.filter((account) => account.name !== 'security-audit');
      for (const policy of observed.policies)
        policy.targetIds = policy.targetIds.filter((id) => id !== accountIdOf('security-audit'));
    },
    branch: (pullRequest: DesiredState) => {
      desiredAccountNamed(pullRequest, 'security-audit').scps = [];
    },
    change: 'attach-scp:deny-unapproved-regions@account:security-audit',
    finding: { kind: 'account-left-organization', severity: 'critical', target: 'account:security-audit' },
  },
  {
    drifted: 'a StackSet deleted by hand',
    handEdit: (observed: ObservedState) => {
      observed.stackSets = observed.stackSets.filter((stackSet) => stackSet.name !== 'vend-regional-guardrails');
    },
    branch: (pullRequest: DesiredState) => {
      const account = desiredAccountNamed(pullRequest, 'payments-prod');
      account.baselines = account.baselines.filter((baseline) => baseline !== 'regional-guardrails');
    },
    change: 'add-stack-instances:stackset:vend-regional-guardrails',
    finding: { kind: 'stackset-missing', severity: 'high', target: 'stackset:vend-regional-guardrails' },
  },
])(
  'a branch that drops what $drifted held accepts that finding, with its caution',
  ({ handEdit, branch, change, finding }) => {
    const main = referenceDesiredState();
    const observed = convergedObservation(main);
    handEdit(observed);
    const pullRequest = referenceDesiredState();
    branch(pullRequest);
    const plan = computePlan(pullRequest, observed);
    const mainPlan = computePlan(main, observed);
    const separated = separateMainDrift(plan, mainPlan);
    const accepted = separated.accepted.find((candidate) => candidate.id.startsWith(change))!;
    expect(accepted).toBeDefined();
    const rated = acceptedFindings(mainDriftContext(main, observed, mainPlan), separated.accepted);
    expect(rated[accepted.id]).toEqual([expect.objectContaining(finding)]);
    const comment = renderPlanComment(plan, { mainDrift: { ...separated, acceptedFindings: rated } });
    expect(comment).toContain(finding.severity === 'critical' ? '> [!CAUTION]' : '> [!WARNING]');
    expect(comment).toContain(`${accepted.description} (${finding.severity}: `);
  },
);

test('accepted drift is counted in findings, as vend drift counts them, not in the changes that tell them', () => {
  // One SCP deleted by hand; the branch keeps it but drops both its attachments: one critical finding, two changes.
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  observed.policies = observed.policies.filter((policy) => policy.name !== 'deny-unapproved-regions');
  const pullRequest = referenceDesiredState();
  desiredAccountNamed(pullRequest, 'security-audit').scps = [];
  desiredOrganizationalUnitAt(pullRequest, 'Workloads/Prod').scps = [];
  const plan = computePlan(pullRequest, observed);
  const mainPlan = computePlan(main, observed);
  const separated = separateMainDrift(plan, mainPlan);
  expect(separated.accepted.filter((change) => change.kind === 'attach-scp')).toHaveLength(2);
  const rated = acceptedFindings(mainDriftContext(main, observed, mainPlan), separated.accepted);
  const comment = renderPlanComment(plan, { mainDrift: { ...separated, acceptedFindings: rated } });
  expect(comment).toContain('Merging accepts drift that vend drift rates 1 critical: someone changed it');
});

test('a branch that drops a tag someone changed by hand removes it, and accepts nothing of it', () => {
  const main = referenceDesiredState();
  desiredAccountNamed(main, 'payments-dev').tags.Environment = 'dev';
  const observed = convergedObservation(main);
  observedAccount(observed, 'payments-dev').tags!.Environment = 'hacked';
  const pullRequest = structuredClone(main);
  delete desiredAccountNamed(pullRequest, 'payments-dev').tags.Environment;
  const plan = computePlan(pullRequest, observed);
  // The branch's plan removes the tag; main's sets it back: merging leaves nothing as someone set it by hand.
  expect(plan.changes.map((change) => change.id)).toContain('untag-account:account:payments-dev');
  expect(separateMainDrift(plan, computePlan(main, observed)).accepted).toEqual([]);
});

test('--format json carries the drift section: accepted drift with its findings, by id, never the values', () => {
  const { mainDrift } = acceptingScenario();
  const json = mainDriftJson(mainDrift);
  expect(json.accepted).toEqual([
    {
      id: 'attach-scp:deny-leave-organization@root',
      description: 'Attach SCP deny-leave-organization to the root',
      findings: [expect.objectContaining({ kind: 'scp-detached', severity: 'critical' })],
    },
    expect.objectContaining({ id: 'tag-account:account:payments-dev' }),
  ]);
  expect(JSON.stringify(json)).not.toContain('"after"');
  expect(mainDriftJson({ unavailable: 'main was not read' })).toEqual({ unavailable: 'main was not read' });
  // A template edit's NoEcho defaults are masked as the comment masks them.
  const template = (secret: string) =>
    `Parameters:\n  Token:\n    Type: String\n    NoEcho: true\n    Default: ${secret}\nResources: {}\n`;
  const edit = {
    changeId: 'update-stackset:stackset:vend-x',
    resource: 'StackSet vend-x',
    of: 'template' as const,
    main: template('main-secret'),
    branch: template('branch-secret'),
  };
  const masked = JSON.stringify(mainDriftJson({ ...mainDrift, branchEdits: [edit] }));
  for (const secret of ['main-secret', 'branch-secret']) expect(masked).not.toContain(secret);
  expect(masked).toContain('Token');
});

test('the caution for accepted critical drift survives when the comment is trimmed to fit', () => {
  const { plan, mainDrift } = acceptingScenario();
  const comment = renderPlanComment(plan, { mainDrift, guardrailReport: 'proof line\n'.repeat(20_000) });
  expect(comment.length).toBeLessThanOrEqual(65_536);
  expect(comment).toContain('> [!CAUTION]\n> Merging accepts drift that vend drift rates 1 critical');
});

test('accepting only medium drift names its severity without a caution', () => {
  const { plan, mainDrift } = scenario();
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  observedAccount(observed, 'payments-dev').tags!.CostCenter = '0000';
  const mainPlan = computePlan(main, observed);
  const accepted = {
    ...mainDrift,
    acceptedFindings: acceptedFindings(mainDriftContext(main, observed, mainPlan), mainDrift.accepted),
  };
  const comment = renderPlanComment(plan, { mainDrift: accepted });
  expect(comment).toContain(
    '- Set tag CostCenter on payments-dev (medium: Account tags differ: `account:payments-dev`)',
  );
  expect(comment).not.toContain('[!CAUTION]');
  expect(comment).not.toContain('Merging accepts drift');
});

test('the text counts destructive and high-impact changes where it lists them: its own apart from drift corrections', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  // Detached from the root by hand: re-attaching it at the root is a high-impact correction.
  const rootGuard = main.organization.root.scps[0]!;
  const policy = observedPolicy(observed, rootGuard);
  policy.targetIds = policy.targetIds.filter((id) => id !== observed.root.id);
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(mainDrift.corrections.map((change) => [change.id, change.highImpact])).toEqual([
    [`attach-scp:${rootGuard}@root`, true],
  ]);
  const text = renderPlanText(plan, { mainDrift });
  expect(text).not.toContain('high-impact change [high impact]');
  expect(text).toContain(
    '1 destructive or high-impact change among the drift corrections below, which main’s own plan holds too.',
  );
  // And the one it counts is marked where it is listed.
  expect(text).toContain(`  Attach SCP ${rootGuard} to the root  [high impact]`);
  // The comment's warnings say which flagged changes only undo drift on main, so the branch is not taken for them.
  const comment = renderPlanComment(plan, { mainDrift });
  expect(comment).toContain(
    '> **1 high-impact change.** It corrects drift already on main, which main’s own plan holds too. It deletes nothing',
  );
  expect(comment).toContain(`> - Attach SCP ${rootGuard} to the root _(corrects drift already on main)_`);
});

test('a problem main’s own plan has too is labelled as already on main; the branch’s own problem is not', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  observedAccount(observed, 'security-audit').status = 'SUSPENDED';
  const pullRequest = referenceDesiredState();
  desiredAccountNamed(pullRequest, 'payments-dev').email = 'aws+payments-dev-new@example.com';
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(plan.problems.map((problem) => problem.target).sort()).toEqual([
    'account:payments-dev',
    'account:security-audit',
  ]);
  const text = renderPlanText(plan, { mainDrift });
  expect(text).toContain(
    '  ! account:security-audit accounts/security-audit.yaml [account-suspended] (already on main, not this branch’s): ',
  );
  expect(text).toContain(
    '  ! account:payments-dev accounts/payments-dev.yaml [account-email-changed]: No account has the email aws+payments-dev-new@example.com',
  );
  const comment = renderPlanComment(plan, { mainDrift });
  expect(comment).toContain(
    '> - `account:security-audit` `accounts/security-audit.yaml [account-suspended]` (already on main, not this branch’s): ',
  );
  expect(comment).toContain(
    '> - `account:payments-dev` `accounts/payments-dev.yaml [account-email-changed]`: No account has the email',
  );
});

test('a branch that edits a drifted SCP is shown main → branch: a statement removed by hand and in git is not hidden', () => {
  const twoStatements = (sid: string) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: sid, Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' },
        { Sid: 'DenyCloseAccount', Effect: 'Deny', Action: 'account:CloseAccount', Resource: '*' },
      ],
    });
  const main = referenceDesiredState();
  main.scps.find((scp) => scp.name === 'deny-leave-organization')!.content = twoStatements('DenyLeave');
  const observed = convergedObservation(main);
  const oneStatement = (sid: string) => {
    const policy = JSON.parse(twoStatements(sid)) as { Statement: unknown[] };
    return JSON.stringify({ ...policy, Statement: policy.Statement.slice(0, 1) });
  };
  // Removed by hand in AWS; the branch removes it too, and renames the other statement's Sid.
  observedPolicy(observed, 'deny-leave-organization').content = oneStatement('DenyLeave');
  const pullRequest = structuredClone(main);
  pullRequest.scps.find((scp) => scp.name === 'deny-leave-organization')!.content = oneStatement('DenyLeaveOrg');
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(mainDrift.branchEdits).toEqual([
    expect.objectContaining({ changeId: 'update-scp:scp:deny-leave-organization', loosens: true }),
  ]);
  const comment = renderPlanComment(plan, { mainDrift });
  expect(comment).toContain(
    "> [!CAUTION]\n> SCP deny-leave-organization drifted from main outside git, so the plan's diff for it runs from what the organization has",
  );
  expect(comment).toMatch(/^-\s+"Sid": "DenyCloseAccount",$/m);
  expect(renderPlanText(plan, { mainDrift })).toContain('CAUTION: SCP deny-leave-organization drifted from main');
});

test('an SCP or StackSet deleted by hand that the branch recreates with other content shows the edit against main', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  observed.policies = observed.policies.filter((policy) => policy.name !== 'deny-leave-organization');
  observed.stackSets = observed.stackSets.filter((stackSet) => stackSet.name !== 'vend-permissions-boundary');
  const pullRequest = structuredClone(main);
  const scp = pullRequest.scps.find((candidate) => candidate.name === 'deny-leave-organization')!;
  scp.content = scp.content.replace('"Effect":"Deny"', '"Effect":"Allow"');
  const baseline = pullRequest.baselines.find((candidate) => candidate.name === 'permissions-boundary')!;
  baseline.templateBody = `${baseline.templateBody}\n# edited on the branch\n`;
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(mainDrift.branchEdits).toEqual([
    expect.objectContaining({ changeId: 'create-scp:scp:deny-leave-organization', of: 'SCP content', loosens: true }),
    expect.objectContaining({ changeId: 'create-stackset:stackset:vend-permissions-boundary', of: 'template' }),
  ]);
  expect(renderPlanComment(plan, { mainDrift })).toContain(
    "> [!CAUTION]\n> SCP deny-leave-organization drifted from main outside git, so the plan's diff for it runs from what the organization has",
  );
});

test('a correction that reverts drift main’s ignore: entry holds back says so, with the entry’s reason', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  const policy = observedPolicy(observed, 'deny-unapproved-regions');
  policy.targetIds = policy.targetIds.filter((id) => id !== organizationalUnitIdOf('Workloads/Prod'));
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  const plan = computePlan(pullRequest, observed);
  const mainPlan = computePlan(main, observed);
  const separated = separateMainDrift(plan, mainPlan);
  const entries = [
    {
      kind: 'scp-detached' as const,
      target: 'scp:deny-unapproved-regions@ou:Workloads/Prod',
      reason: 'incident 7: break-glass',
      expires: '2026-12-05',
      line: 111,
      expiresAt: { line: 114, column: 16 },
    },
  ];
  const now = new Date('2026-12-01T10:00:00Z');
  const undoesIgnored = ignoredCorrections(
    mainDriftContext(main, observed, mainPlan),
    separated.corrections,
    entries,
    now,
  );
  expect(undoesIgnored).toEqual([
    {
      finding: expect.objectContaining({ kind: 'scp-detached', severity: 'critical' }),
      reason: 'incident 7: break-glass',
      line: 111,
      expires: '2026-12-05',
    },
  ]);
  const note =
    'Merging also reverts drift that main\'s ignore: entry holds back, as any apply of main would: critical SCP detached scp:deny-unapproved-regions@ou:Workloads/Prod (ignored until 2026-12-05 by the entry at line 111: "incident 7: break-glass").';
  expect(renderPlanText(plan, { mainDrift: { ...separated, undoesIgnored } })).toContain(note);
  expect(renderPlanComment(plan, { mainDrift: { ...separated, undoesIgnored } }).replaceAll('\u2060', '')).toContain(
    '> [!WARNING]\n> Merging also reverts drift that main',
  );
  // An entry that has expired holds nothing back.
  const later = new Date('2026-12-06T10:00:00Z');
  expect(ignoredCorrections(mainDriftContext(main, observed, mainPlan), separated.corrections, entries, later)).toEqual(
    [],
  );
});

describe('a branch that lacks main’s newest commits', () => {
  // Main has since attached deny-internet-gateways to NonProd (not applied yet); the branch, cut before, only adds an
  // account. Nobody changed AWS by hand.
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  main.organizationalUnits.find((unit) => unit.path === 'Workloads/NonProd')!.scps.push('deny-leave-organization');
  const pullRequest = referenceDesiredState();
  pullRequest.accounts.push(desiredAccount('payments-staging', { ou: 'Workloads/NonProd' }));
  const plan = computePlan(pullRequest, observed);
  const mainPlan = computePlan(main, observed);
  const separated = separateMainDrift(plan, mainPlan);
  const rated = acceptedFindings(mainDriftContext(main, observed, mainPlan), separated.accepted);

  test('is told apart, and its differences from main’s plan are not called changes by hand', () => {
    // As vend drift on main would rate it: an SCP detached, critical.
    expect(Object.values(rated).flat()[0]?.severity).toBe('critical');
    // Up to date with main, the same difference is drift made by hand.
    expect(renderPlanComment(plan, { mainDrift: { ...separated, acceptedFindings: rated } })).toContain(
      'someone changed it in AWS by hand',
    );
    const mainDrift = { ...separated, acceptedFindings: rated, behind: 1 };
    const comment = renderPlanComment(plan, { mainDrift });
    expect(comment).toContain("This branch does not contain main's newest commit to accounts/ or baselines/");
    expect(comment).not.toContain('someone changed it in AWS by hand');
    expect(comment).toContain('may be main');
    expect(comment).not.toContain('which merging leaves as the organization has it');
    expect(renderPlanText(plan, { mainDrift })).toContain("WARNING: This branch does not contain main's newest commit");
  });

  test('git tells how many of main’s commits to what vend reads a branch lacks, and nothing where it cannot', () => {
    const { root, sha: cut } = gitRepository();
    writeFileSync(join(root, 'README.md'), 'docs only\n');
    const docs = commitAll(root, 'main edits its docs');
    // Behind main only by commits vend does not read, the branch plans what merging makes: no caution is weakened.
    execFileSync('git', ['checkout', '--quiet', '-b', 'branch', cut], { cwd: root });
    expect(commitsMissingFrom(root, docs)).toBe(0);
    execFileSync('git', ['checkout', '--quiet', 'main'], { cwd: root });
    appendFileSync(join(root, 'accounts', 'app-prod.yaml'), '# moved on\n');
    const mainTip = commitAll(root, 'main moves on');
    execFileSync('git', ['checkout', '--quiet', 'branch'], { cwd: root });
    expect(commitsMissingFrom(root, mainTip)).toBe(1);
    expect(commitsMissingFrom(root, cut)).toBe(0);
    // A commit the clone does not hold (another clone's, a shallow one's) tells nothing.
    expect(commitsMissingFrom(root, 'f'.repeat(40))).toBeUndefined();
    expect(commitsMissingFrom(root, 'HEAD; rm -rf /')).toBeUndefined();
  });
});

test('a tag that drifted from main and that the branch sets anew shows main’s value, not only AWS’s', () => {
  // Main says CostCenter 4711; someone set 0000 by hand; the branch sets 9999. The plan's change reads 0000 → 9999.
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  observedAccount(observed, 'payments-dev').tags!.CostCenter = '0000';
  const pullRequest = referenceDesiredState();
  desiredAccountNamed(pullRequest, 'payments-dev').tags.CostCenter = '9999';
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(mainDrift.branchEdits).toEqual([
    expect.objectContaining({
      resource: 'account payments-dev',
      of: 'tags',
      main: `CostCenter: "${desiredAccountNamed(main, 'payments-dev').tags.CostCenter}"`,
      branch: 'CostCenter: "9999"',
    }),
  ]);
  expect(renderPlanText(plan, { mainDrift })).toContain(
    "account payments-dev drifted from main outside git, so the plan's diff for it runs from what the organization has",
  );
  // In the comment the note stands right above its diff, nothing between them.
  expect(renderPlanComment(plan, { mainDrift })).toMatch(
    /> \[!WARNING\]\n> account payments-dev drifted from main outside git[^\n]*Main → this branch:\n\n<details open><summary>account payments-dev, tags: main → this branch<\/summary>/,
  );
});

test('a StackSet parameter someone set by hand that the branch adopts shows main → branch, not as a plain correction', () => {
  // Two parameters drifted; the branch takes one of the values set by hand and resets the other.
  const main = referenceDesiredState();
  const boundary = main.baselines.find((baseline) => baseline.name === 'permissions-boundary')!;
  boundary.parameters = { BoundaryPolicyName: 'vend-workload-boundary', Extra: 'a' };
  const observed = convergedObservation(main);
  observed.stackSets.find((stackSet) => stackSet.name === 'vend-permissions-boundary')!.parameters = {
    BoundaryPolicyName: 'evil-boundary',
    Extra: 'b',
  };
  const pullRequest = structuredClone(main);
  pullRequest.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.parameters = {
    BoundaryPolicyName: 'evil-boundary',
    Extra: 'a',
  };
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(mainDrift.branchEdits).toEqual([
    expect.objectContaining({
      resource: 'StackSet vend-permissions-boundary',
      of: 'parameters',
      main: 'BoundaryPolicyName: "vend-workload-boundary"',
      branch: 'BoundaryPolicyName: "evil-boundary"',
    }),
  ]);
  expect(renderPlanComment(plan, { mainDrift })).toContain('-BoundaryPolicyName: "vend-workload-boundary"');
});

test('an override set by hand that the branch sets to a third value is replaced, not accepted, and shows main’s value', () => {
  const main = referenceDesiredState();
  desiredAccountNamed(main, 'payments-dev').parameters = {
    'permissions-boundary': { BoundaryPolicyName: 'main-boundary' },
  };
  const observed = convergedObservation(main);
  const instance = observed.stackSets
    .find((stackSet) => stackSet.name === 'vend-permissions-boundary')!
    .instances.find((candidate) => candidate.accountId === observedAccount(observed, 'payments-dev').id)!;
  instance.parameterOverrides = { BoundaryPolicyName: 'hand-set-boundary' };
  const pullRequest = structuredClone(main);
  desiredAccountNamed(pullRequest, 'payments-dev').parameters = {
    'permissions-boundary': { BoundaryPolicyName: 'third-boundary' },
  };
  const plan = computePlan(pullRequest, observed);
  const mainPlan = computePlan(main, observed);
  // Both plans update that instance, with other overrides and so other ids: apply overwrites the value set by hand.
  expect(mainPlan.changes.map((change) => change.kind)).toContain('update-stack-instances');
  const mainDrift = separateMainDrift(plan, mainPlan);
  expect(mainDrift.accepted).toEqual([]);
  expect(renderPlanText(plan, { mainDrift })).not.toContain('Merging accepts drift');
  // The plan's diff runs from the value set by hand; what the branch changes of main's is said apart.
  expect(mainDrift.alsoCorrecting.map((change) => change.kind)).toEqual(['update-stack-instances']);
  expect(mainDrift.branchEdits).toEqual([
    expect.objectContaining({
      resource: 'StackSet vend-permissions-boundary overrides in payments-dev us-east-1',
      of: 'parameters',
      main: 'BoundaryPolicyName: "main-boundary"',
      branch: 'BoundaryPolicyName: "third-boundary"',
    }),
  ]);
  expect(renderPlanComment(plan, { mainDrift })).toContain('-BoundaryPolicyName: "main-boundary"');
  expect(renderPlanText(plan, { mainDrift })).toContain('main-boundary');
});

test('an override of a NoEcho parameter set by hand and set anew by the branch shows that it changes, never a value', () => {
  const main = referenceDesiredState();
  main.baselines.find((baseline) => baseline.name === 'permissions-boundary')!.templateBody =
    'Parameters:\n  BoundaryPolicyName:\n    Type: String\n    NoEcho: true\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n';
  desiredAccountNamed(main, 'payments-dev').parameters = {
    'permissions-boundary': { BoundaryPolicyName: 'main-secret' },
  };
  const observed = convergedObservation(main);
  observed.stackSets
    .find((stackSet) => stackSet.name === 'vend-permissions-boundary')!
    .instances.find(
      (candidate) => candidate.accountId === observedAccount(observed, 'payments-dev').id,
    )!.parameterOverrides = { BoundaryPolicyName: 'hand-secret' };
  const pullRequest = structuredClone(main);
  desiredAccountNamed(pullRequest, 'payments-dev').parameters = {
    'permissions-boundary': { BoundaryPolicyName: 'branch-secret' },
  };
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(mainDrift.branchEdits?.map((edit) => edit.resource)).toEqual([
    'StackSet vend-permissions-boundary overrides in payments-dev us-east-1',
  ]);
  const shown = renderPlanComment(plan, { mainDrift }) + renderPlanText(plan, { mainDrift });
  expect(shown).toContain("BoundaryPolicyName: (NoEcho, main's value not shown)");
  for (const secret of ['main-secret', 'branch-secret']) expect(shown).not.toContain(secret);
});

test('a branch that takes a template someone granted more by hand, edited a little, gets a caution naming the grant', () => {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  const roles = observed.stackSets.find((stackSet) => stackSet.name === 'vend-automation-roles')!;
  const granted = (description: string) =>
    [
      'Description: ' + description,
      'Resources:',
      '  PipelineDeployRole:',
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: codebuild.amazonaws.com }, Action: sts:AssumeRole }] }',
      '      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]',
      '',
    ].join('\n');
  // AdministratorAccess attached by hand in AWS; the branch copies that template and changes its description.
  roles.templateBody = granted('by hand');
  const pullRequest = structuredClone(main);
  pullRequest.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = granted('by hand!');
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  // Not accepted (the branch changes the template too), so only the main → branch view can tell.
  expect(mainDrift.accepted).toEqual([]);
  const comment = renderPlanComment(plan, { mainDrift }).replaceAll('\u2060', '');
  expect(comment).toMatch(
    /> \[!CAUTION\]\n> StackSet vend-automation-roles drifted from main outside git, .*: against main, this pull request grants more: .*template attaches new managed policies: arn:aws:iam::aws:policy/,
  );
  expect(renderPlanText(plan, { mainDrift })).toContain('this pull request grants more:');
});

/** payments-prod moved by hand out of Workloads/Prod, under deny-unapproved-regions, to Security; the branch's OU. */
function movedByHand(branchOu: string) {
  const main = referenceDesiredState();
  const observed = convergedObservation(main);
  Object.assign(observedAccount(observed, 'payments-prod'), {
    parentId: organizationalUnitIdOf('Security'),
    parentPath: 'Security',
  });
  const pullRequest = structuredClone(main);
  desiredAccountNamed(pullRequest, 'payments-prod').ou = branchOu;
  return { main, observed, pullRequest };
}

test('a branch that accepts an account moved by hand out from under an SCP is cautioned, naming the SCP', () => {
  const { main, observed, pullRequest } = movedByHand('Security');
  const plan = computePlan(pullRequest, observed);
  const mainPlan = computePlan(main, observed);
  const separated = separateMainDrift(plan, mainPlan);
  // Out of Workloads/Prod: its own SCP and Workloads' both.
  expect(separated.acceptedLeaves).toEqual({
    'move-account:account:payments-prod': ['deny-unapproved-regions', 'require-permissions-boundary'],
  });
  const mainDrift = {
    ...separated,
    acceptedFindings: acceptedFindings(mainDriftContext(main, observed, mainPlan), separated.accepted),
  };
  const comment = renderPlanComment(plan, { mainDrift });
  // vend drift rates the move high; leaving SCPs main keeps in force makes the caution critical, and says why.
  expect(comment).toContain('> [!CAUTION]\n> Merging accepts drift that vend drift rates 1 high');
  expect(comment).toContain('It also leaves 1 account out from under SCPs main keeps in force (named below)');
  const leaving = ', leaving SCPs main keeps in force for it: deny-unapproved-regions, require-permissions-boundary';
  expect(comment).toContain(leaving);
  expect(renderPlanText(plan, { mainDrift })).toContain(leaving);
});

test('a branch that sends an account moved by hand elsewhere than main is cautioned with the SCPs it leaves', () => {
  const { main, observed, pullRequest } = movedByHand('Workloads/NonProd');
  const plan = computePlan(pullRequest, observed);
  const mainDrift = separateMainDrift(plan, computePlan(main, observed));
  expect(mainDrift.branchEdits).toEqual([
    expect.objectContaining({
      resource: 'account payments-prod',
      of: 'OU',
      main: 'Workloads/Prod',
      branch: 'Workloads/NonProd',
      leaves: ['deny-unapproved-regions'],
    }),
  ]);
  expect(renderPlanText(plan, { mainDrift })).toContain(
    'CAUTION: account payments-prod drifted from main outside git, so the plan',
  );
  expect(renderPlanComment(plan, { mainDrift })).toContain(
    ': against main, the account leaves an SCP in force for it there: deny-unapproved-regions',
  );
});
