import { computePlan } from '../../src/plan/compute-plan.js';
import { renderPlanComment } from '../../src/report/plan-markdown.js';
import { renderPlanText } from '../../src/report/plan-text.js';
import { wantsColour } from '../../src/report/terminal-style.js';
import {
  accountIdOf,
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  observedAccount,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

/** A new account, a retagged one and a closed one: changes to several resources, one of them destructive. */
function mixedPlan() {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedAccount(observed, 'payments-dev').tags!.CostCenter = '0000';
  desiredAccountNamed(desired, 'security-audit').closed = true;
  desired.accounts.push(desiredAccount('new-app', { ou: 'Workloads/NonProd', baselines: ['permissions-boundary'] }));
  return computePlan(desired, observed);
}

const ESCAPE = '\x1b[';
/** The text without its SGR colour sequences (`ESC [ 32 m` … `ESC [ 0 m`). */
const withoutColour = (text: string) =>
  text
    .split(ESCAPE)
    .map((part, index) => (index === 0 ? part : part.replace(/^[\d;]*m/, '')))
    .join('');

describe('the plan in a terminal', () => {
  test("is grouped by resource, Terraform's way, each resource's changes in apply order with their detail", () => {
    const lines = renderPlanText(mixedPlan()).split('\n');
    const resources = lines.filter((line) => line.startsWith('  # '));
    expect(resources).toEqual([
      '  # account new-app',
      '  # account payments-dev',
      '  # account security-audit',
      '  # StackSet vend-permissions-boundary',
    ]);
    const closing = lines.indexOf('  # account security-audit');
    expect(lines.slice(closing + 1, closing + 3)).toEqual([
      `  - Close account security-audit (${accountIdOf('security-audit')})  [destructive]`,
      '      AWS suspends the account at once and closes it for good after 90 days',
    ]);
    expect(lines).toContain('      CostCenter: "0000" → "4711"');
    expect(lines.at(-2)).toBe('Plan: 2 to create, 1 to change, 1 to destroy.');
    // A plan with changes says what it did not read, as one with none does: a removed override may stay in AWS.
    expect(lines.at(-4)).toMatch(
      /^Parameter overrides of stack instances are read only where a manifest declares them/,
    );
  });

  test('groups counts of a thousand and more by thousands, in the summary and the changes alike', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    for (let index = 0; index < 1200; index++)
      desired.accounts.push(
        desiredAccount(`app-${index}`, { ou: 'Workloads/NonProd', baselines: ['permissions-boundary'] }),
      );
    const lines = renderPlanText(computePlan(desired, observed)).split('\n');
    expect(lines.at(-2)).toBe('Plan: 1,201 to create, 0 to change, 0 to destroy.');
    expect(
      lines.some((line) => /Deploy permissions-boundary to 1,200 stack instances \(1,200 accounts\)/.test(line)),
    ).toBe(true);
  });

  test('is plain unless colour is asked for; then creates are green, destroys red, and the text is the same', () => {
    const plan = mixedPlan();
    const plain = renderPlanText(plan);
    const coloured = renderPlanText(plan, { colour: true });
    expect(plain).not.toContain(ESCAPE);
    expect(coloured).toContain(`${ESCAPE}32m+ Create account new-app`);
    expect(coloured).toContain(`${ESCAPE}31m- Close account security-audit`);
    expect(withoutColour(coloured)).toBe(plain);
  });
});

test('a name from AWS with a line break cannot print a line of its own in the unmanaged list', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observed.accounts.push({
    id: '299999999999',
    name: 'esc\n  - Remove everything',
    email: 'other@example.com',
    status: 'ACTIVE',
    parentId: observed.root.id,
    parentPath: '',
  });
  const text = renderPlanText(computePlan(desired, observed));
  expect(text).toContain('esc<U+000A>  - Remove everything (299999999999)');
  expect(text).not.toMatch(/^ {2}- Remove everything/m);
});

describe('colour is for a person at a terminal', () => {
  test.each([
    ['a terminal', { isTTY: true }, {}, true],
    ['a pipe or a file', { isTTY: false }, {}, false],
    ['a terminal with NO_COLOR set', { isTTY: true }, { NO_COLOR: '1' }, false],
    ['a terminal with NO_COLOR empty (unset, per no-color.org)', { isTTY: true }, { NO_COLOR: '' }, true],
    ['a dumb terminal', { isTTY: true }, { TERM: 'dumb' }, false],
  ])('%s', (_what, stream, env, expected) => {
    expect(wantsColour(stream, env)).toBe(expected);
  });
});

describe('the summary line and the flagged counts', () => {
  /** The boundary baseline's deployed template declares a policy the repository's no longer does. */
  function droppedBoundaryPolicy() {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    const boundary = observed.stackSets.find((stackSet) => stackSet.name === 'vend-permissions-boundary')!;
    boundary.templateBody =
      'Resources:\n  WorkloadBoundary:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: { Statement: [] }\n';
    return computePlan(desired, observed);
  }

  test('never read "0 to destroy" alone over a StackSet update that deletes a resource in every account', () => {
    const plan = droppedBoundaryPolicy();
    expect(plan.changes.map((change) => [change.kind, change.destructive, change.highImpact])).toEqual([
      ['update-stackset', true, true],
    ]);
    const text = renderPlanText(plan);
    expect(text).toContain('Plan: 0 to create, 1 to change (1 of them destructive), 0 to destroy.');
    // It is held back as destructive; the high-impact line counts only what reaches far without deleting.
    expect(text).toContain('1 destructive change [destructive]');
    expect(text).not.toContain('high-impact change');
    expect(renderPlanComment(plan)).toContain(
      '## Vend plan: 0 to create, 1 to change (1 of them destructive), 0 to destroy\n',
    );
  });
});

describe('writes to an account show the values they replace', () => {
  test('the parameter-overrides record shows its old and new value, as any tag change does', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedAccount(observed, 'payments-dev').tags!['vend:parameter-overrides'] =
      'automation-roles permissions-boundary';
    const text = renderPlanText(computePlan(desired, observed));
    expect(text).toMatch(/vend:parameter-overrides: "automation-roles permissions-boundary" → /);
  });

  test('adopting an account another tool tagged as its own says whose tag it overwrites, as high impact', () => {
    const desired = referenceDesiredState();
    const observed = convergedObservation(desired);
    observedAccount(observed, 'payments-dev').tags!.ManagedBy = 'terraform';
    const plan = computePlan(desired, observed);
    expect(plan.changes.find((change) => change.kind === 'adopt-account')).toMatchObject({
      highImpact: true,
      highImpactReason: 'its ManagedBy tag names "terraform", which may still act on it',
      scope: expect.objectContaining({ managedBy: '"terraform"' }),
    });
    const text = renderPlanText(plan);
    expect(text).toContain('ManagedBy: "terraform" → "vend"');
    expect(text).toContain('taken over from what tagged it ManagedBy = "terraform", which may still act on it');
  });
});

test('the high-impact count matches the marks: destructive changes marked high impact too are counted apart', () => {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  // Detaching a root SCP is destructive and high impact; new content for an SCP at the root is high impact only.
  desired.organization.root.scps = desired.organization.root.scps.slice(1);
  const scp = desired.scps.find((candidate) => candidate.name === 'deny-leave-organization')!;
  scp.content = scp.content.replace('organizations:LeaveOrganization', 'organizations:Leave*');
  const plan = computePlan(desired, convergedObservation(previous));
  expect(plan.changes.map((change) => [change.kind, change.destructive, change.highImpact])).toEqual([
    ['update-scp', false, true],
    ['detach-scp', true, true],
  ]);
  const text = renderPlanText(plan);
  expect(text).toContain('1 destructive change [destructive]');
  expect(text).toContain(
    '1 more high-impact change [high impact], besides the destructive one also marked high impact: it reaches far',
  );
  // Each is named under its count, with why it is high impact: in a plan of thousands of lines, they are what to read.
  const tail = text.slice(text.indexOf('1 destructive change [destructive]')).split('\n');
  expect(tail[1]).toMatch(/^ {4}Detach SCP deny-leave-organization from the root — .+$/);
  expect(tail[3]).toMatch(/^ {4}Update SCP deny-leave-organization from scps\/deny-leave-organization\.json — .+$/);
  expect(renderPlanComment(plan)).toContain(
    '> **1 more high-impact change**, besides the destructive one also marked high impact. It deletes nothing',
  );
});

test('the closing list of destructive changes names the accounts and regions of stack-instance changes', () => {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  const prod = desired.accounts.find((account) => account.name === 'payments-prod')!;
  prod.baselines = prod.baselines.filter((baseline) => baseline !== 'regional-guardrails');
  const text = renderPlanText(computePlan(desired, convergedObservation(previous)), { colour: false });
  const tail = text
    .split('\n')
    .slice(text.split('\n').findIndex((line) => / destructive changes? \[destructive\]/.test(line)));
  expect(tail).toContainEqual(
    expect.stringMatching(
      /^ {4}Remove 2 regional-guardrails stack instances \(stacks and their resources are deleted\): payments-prod in eu-west-1 and us-east-1$/,
    ),
  );
});

test('a plan with a problem and no change starts at the problem, with where to fix it', () => {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  observedAccount(observed, 'payments-dev').status = 'SUSPENDED';
  const text = renderPlanText(computePlan(desired, observed));
  expect(text.split('\n')[0]).toBe('A problem blocks apply:');
  expect(text.split('\n')[1]).toMatch(
    /^ {2}! account:payments-dev accounts\/payments-dev\.yaml \[account-suspended\]: /,
  );
});
