import { computePlan } from '../../src/plan/compute-plan.js';
import { describeChanges } from '../../src/report/change-effects.js';
import { flaggedSections, listedIn } from '../../src/report/plan-markdown-flagged.js';
import { rolesTemplate } from '../support/synthetic-plan.js';
import {
  convergedObservation,
  desiredAccount,
  desiredAccountNamed,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// The shortest renderings of the destructive list say where the rest is: from the comment, the job summary and the
// plan file; from the job summary itself, the plan file only, and under the summary's own limit.
function shortestDestructive(diffLines: number): string {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  const effects = describeChanges(computePlan(desired, convergedObservation(previous)));
  return flaggedSections(effects, new Set(), 'below', listedIn(diffLines))[0]!.compact!.at(-1)!;
}

test('the comment sends a reader of a shortened list to the job summary and the plan file', () => {
  const shortest = shortestDestructive(120);
  expect(shortest).toContain("Shortened to fit GitHub's comment limit");
  expect(shortest).toContain('1 account closure; each is in the job summary and the plan file');
});

test('the job summary sends them to the plan file, never to itself', () => {
  const shortest = shortestDestructive(Infinity);
  expect(shortest).toContain("Shortened to fit GitHub's job summary limit");
  expect(shortest).toContain('1 account closure; each is in the plan file');
  expect(shortest).not.toContain('job summary and');
});

// A reviewer must see the one change flagged for another reason, however many are flagged alike: moves flagged for
// leaving the same SCP are alike; a move out from under another SCP is not, though it is a move too.
test('shortened to the rarest, a move flagged for its own reason comes first among forty flagged alike, with it', () => {
  const previous = referenceDesiredState();
  for (let index = 0; index < 40; index++)
    previous.accounts.push(desiredAccount(`prod-${String(index).padStart(2, '0')}`, { ou: 'Workloads/Prod' }));
  previous.accounts.push(desiredAccount('zeta-tools', { ou: 'Workloads/NonProd' }));
  const desired = structuredClone(previous);
  for (const account of desired.accounts) if (account.name.startsWith('prod-')) account.ou = 'Workloads/NonProd';
  desiredAccountNamed(desired, 'zeta-tools').ou = 'Security';
  const effects = describeChanges(computePlan(desired, convergedObservation(previous)));
  const [highImpact] = flaggedSections(effects, new Set(), 'below', listedIn(120));
  const rarest = highImpact!.compact!.at(-2)!.split('\n');
  const zeta = rarest.findIndex((line) => line.startsWith('> - Move account zeta-tools'));
  expect(zeta).toBeGreaterThan(-1);
  expect(rarest.filter((line) => line.startsWith('> - Move account')).findIndex((line) => line.includes('zeta'))).toBe(
    0,
  );
  expect(rarest[zeta + 1]).toBe(
    '>   - high impact: the account leaves an SCP in force today: require-permissions-boundary',
  );
  expect(rarest.filter((line) => line.includes('high impact: the account leaves'))).toHaveLength(1);
  expect(rarest.at(-1)).toMatch(/^> - … and 21 account moves; each is in the job summary and the plan file$/);
});

test('a flagged change with more detail lines than it shows sends the reader on, from the job summary to the plan file', () => {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  const effects = describeChanges(computePlan(desired, convergedObservation(previous))).map((effect) =>
    effect.change.destructive
      ? { ...effect, details: Array.from({ length: 10 }, (_, index) => `instance ${index}`) }
      : effect,
  );
  const tail = (diffLines: number) =>
    flaggedSections(effects, new Set(), 'below', listedIn(diffLines))[0]!
      .markdown.split('\n')
      .filter((line) => line.includes('more detail lines'));
  expect(new Set(tail(Infinity))).toEqual(
    new Set(['>   - … 4 more detail lines: see the list of changes, or the plan file']),
  );
  expect(new Set(tail(120))).toEqual(
    new Set(['>   - … 4 more detail lines: see the list of changes, or the job summary and the plan file']),
  );
});

test('a flagged change shows a long value cut, so that padding values cannot crowd the comment', () => {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  const long = 'x'.repeat(4_000);
  const effects = describeChanges(computePlan(desired, convergedObservation(previous))).map((effect) =>
    effect.change.destructive ? { ...effect, details: ['parameters:', `  Padding: (not set) → "${long}"`] } : effect,
  );
  const markdown = flaggedSections(effects, new Set(), 'below', listedIn(120))[0]!.markdown;
  expect(markdown).not.toContain(long);
  expect(markdown).toMatch(/> {5}- Padding: \(not set\) → \S{1,10}x{250,300}… \(cut here\)\n/);
});

test('a long value changed past its first 300 characters is cut around where old and new differ', () => {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  // SAML metadata, say: the certificate that changes sits deep in the document.
  const common = '<md:EntityDescriptor>'.padEnd(600, 'x');
  const line = `  SamlMetadata: "${common}OLD-CERT${'y'.repeat(300)}" → "${common}NEW-CERT${'y'.repeat(300)}"`;
  const effects = describeChanges(computePlan(desired, convergedObservation(previous))).map((effect) =>
    effect.change.destructive ? { ...effect, details: ['parameters:', line] } : effect,
  );
  const markdown = flaggedSections(effects, new Set(), 'below', listedIn(120))[0]!.markdown;
  const shown = markdown.split('\n').find((text) => text.includes('SamlMetadata'))!;
  expect(shown).toMatch(/SamlMetadata: …x+OLD-CERTy+… → …x+NEW-CERTy+… \(cut here\)$/);
  expect(shown.length).toBeLessThan(400);
});

test('shortened, a flagged change keeps its telling line beside the overrides that differ, not the padding', () => {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  const attacker = '  Zzz: "arn:aws:iam::111111111111:role/ok" → "arn:aws:iam::666666666666:role/attacker"';
  const effects = describeChanges(computePlan(desired, convergedObservation(previous))).map((effect) =>
    effect.change.destructive
      ? {
          ...effect,
          change: { ...effect.change, after: { differingOverrides: ['Aaa'] } },
          details: [
            '1 stack instance: payments-dev us-east-1',
            'parameter overrides:',
            '  Aaa: (not set) → "pad"',
            '  Bbb: (not set) → "pad"',
            '  Ccc: (not set) → "pad"',
            attacker,
          ],
        }
      : effect,
  );
  const compact = flaggedSections(effects, new Set(), 'below', listedIn(120))[0]!.compact!;
  const withOverrides = compact.filter((markdown) => markdown.includes('parameter overrides'));
  expect(withOverrides.length).toBeGreaterThan(0);
  for (const rendering of withOverrides) expect(rendering).toContain('role/attacker');
});

// The values that differ from the StackSet's are what flag the change: a shortened item keeps them all, so a
// harmless first override cannot hide the one that swaps who may sign in.
test('shortened, a flagged deployment keeps every override that differs from the StackSet, not the first only', () => {
  const desired = referenceDesiredState();
  const roles = desired.baselines.find((baseline) => baseline.name === 'automation-roles')!;
  roles.templateBody = rolesTemplate(0);
  roles.parameters = { DeployPrincipalArn: 'arn:aws:iam::111111111111:role/deployer', BoundaryPolicyName: 'reviewed' };
  const observed = convergedObservation(desired);
  desired.accounts.push(
    desiredAccount('new-tools', {
      ou: 'Workloads/NonProd',
      baselines: ['permissions-boundary', 'automation-roles'],
      parameters: {
        'automation-roles': {
          BoundaryPolicyName: 'team-boundary',
          DeployPrincipalArn: 'arn:aws:iam::666666666666:role/attacker',
        },
      },
    }),
  );
  const effects = describeChanges(computePlan(desired, observed));
  const [highImpact] = flaggedSections(effects, new Set(), 'below', listedIn(120));
  const brief = highImpact!.compact![0]!;
  expect(brief).toContain('>     - BoundaryPolicyName = "team-boundary"');
  expect(brief).toContain('>     - DeployPrincipalArn = "arn:aws:iam::666666666666:role/attacker"');
});

test('at headline depth a heading keeps its item beneath it, not beside it as a line of its own', () => {
  const previous = referenceDesiredState();
  const desired = structuredClone(previous);
  desiredAccountNamed(desired, 'payments-dev').closed = true;
  const effects = describeChanges(computePlan(desired, convergedObservation(previous))).map((effect) =>
    effect.change.destructive ? { ...effect, details: ['parameter overrides:', '  Team = "ops"', 'more'] } : effect,
  );
  const headline = flaggedSections(effects, new Set(), 'below', listedIn(120))[0]!.compact![1]!;
  expect(headline).toContain('>   - parameter overrides:\n>     - Team = "ops"\n');
});

// A waiver's reason holds the manifest's approvedBy, text the pull request writes: sixty distinct ones must not make
// sixty "rare" creations that take every named slot from the one template change that grants access.
test('shortened to the rarest, padding with distinct waiver texts cannot push out the one change of another kind', () => {
  const previous = referenceDesiredState();
  const roles = previous.baselines.find((baseline) => baseline.name === 'automation-roles')!;
  roles.templateBody = rolesTemplate(3600);
  const observed = convergedObservation(previous);
  const desired = structuredClone(previous);
  desired.baselines.find((baseline) => baseline.name === 'automation-roles')!.templateBody = rolesTemplate(7200);
  for (let index = 0; index < 60; index++)
    desired.accounts.push({
      ...desiredAccount(`pad-${String(index).padStart(2, '0')}`, { ou: 'Workloads/NonProd' }),
      waivers: {
        exceptions: [{ rule: 'required-tags', approvedBy: `lead ${index} ${'y'.repeat(150)}` }],
        excludedBaselines: [],
      },
    });
  const effects = describeChanges(computePlan(desired, observed));
  const [highImpact] = flaggedSections(effects, new Set(), 'below', listedIn(120));
  const rarest = highImpact!.compact!.at(-2)!;
  expect(rarest).toContain('> - Update StackSet vend-automation-roles: template changed');
  // Reasons of a kind padded with many are not repeated, so the padding cannot lengthen the brief list either.
  expect(highImpact!.compact![0]!.match(/approvedBy/g) ?? []).toHaveLength(0);
});
