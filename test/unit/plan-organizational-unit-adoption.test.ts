import { MANAGED_BY_TAG } from '../../src/config/desired-state.js';
import type { DesiredState } from '../../src/config/desired-state.js';
import { DriftContext } from '../../src/drift/drift-context.js';
import { organizationFindings } from '../../src/drift/plan-findings.js';
import type { ObservedState } from '../../src/observe/observed-state.js';
import { computePlan } from '../../src/plan/compute-plan.js';
import { describeChanges } from '../../src/report/change-effects.js';
import {
  convergedObservation,
  desiredAccount,
  desiredOrganizationalUnit,
  desiredOrganizationalUnitAt,
  organizationalUnitIdOf,
  referenceDesiredState,
} from '../support/plan-fixtures.js';

// OU names are display names: anyone can create an OU at a path the repository declares before vend does. Vend tags
// the OUs it creates ManagedBy: vend (organization-changes.ts), so an OU at a declared path without that tag is
// someone else's, and a reviewer must see that the declared OU is an existing one before SCPs land on it.
const SECURITY = organizationalUnitIdOf('Security');

function withForeignSecurity(tags: Record<string, string> | undefined): {
  desired: DesiredState;
  observed: ObservedState;
} {
  const desired = referenceDesiredState();
  const observed = convergedObservation(desired);
  for (const unit of observed.organizationalUnits) unit.tags = { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value };
  observed.organizationalUnits.find((unit) => unit.id === SECURITY)!.tags = tags;
  return { desired, observed };
}

describe('an OU at a declared path that vend did not create is adopted as such', () => {
  // AWS Organizations User Guide, "Quotas": 50 tags per root, OU or account; the emulator does not enforce it.
  test('adopting an OU that already holds 50 tags is a problem: its ManagedBy tag would be the 51st', () => {
    const tags = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`T${index}`, 'x']));
    const full = withForeignSecurity(tags(50));
    expect(computePlan(full.desired, full.observed).problems).toEqual([
      expect.objectContaining({
        rule: 'tag-limit',
        target: 'ou:Security',
        message: expect.stringContaining(`OU Security (${SECURITY}) holds 50 tags, and adopting it adds ManagedBy`),
      }),
    ]);
    const room = withForeignSecurity(tags(49));
    expect(computePlan(room.desired, room.observed).problems).toEqual([]);
  });

  test('the plan adopts it by id and says vend did not create it; alone, that is not high impact', () => {
    const { desired, observed } = withForeignSecurity({ Team: 'secops' });
    const plan = computePlan(desired, observed);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        id: 'adopt-ou:ou:Security',
        kind: 'adopt-ou',
        scope: { ou: 'Security', ouId: SECURITY, managedBy: 'null' },
        highImpact: false,
        description: `Adopt existing OU Security (${SECURITY}), not tagged ManagedBy: vend (made outside vend, or its tag removed)`,
      }),
    ]);
  });

  test('attaching an SCP to it in the same plan sets the adoption apart, and the attachment waits for it', () => {
    const { desired, observed } = withForeignSecurity({});
    desiredOrganizationalUnitAt(desired, 'Security').scps.push('deny-unapproved-regions');
    const plan = computePlan(desired, observed);
    expect(plan.changes.find((change) => change.id === 'adopt-ou:ou:Security')).toMatchObject({
      highImpact: true,
      // Untagged: made outside vend, by no team the tags name.
      highImpactReason: 'an OU made outside vend is adopted and changed in the same plan',
      description: expect.stringContaining('this plan also changes it (1 change below)'),
    });
    expect(plan.changes.find((change) => change.id === 'attach-scp:deny-unapproved-regions@ou:Security')).toMatchObject(
      { dependsOn: expect.arrayContaining(['adopt-ou:ou:Security']) },
    );
  });

  test('creating an account or an OU in it in the same plan sets the adoption apart, and waits for it', () => {
    const { desired, observed } = withForeignSecurity({});
    desired.organizationalUnits.push(desiredOrganizationalUnit('Security/Forensics'));
    desired.accounts.push(desiredAccount('forensics-lab', { ou: 'Security' }));
    const plan = computePlan(desired, observed);
    expect(plan.changes.find((change) => change.id === 'adopt-ou:ou:Security')).toMatchObject({
      highImpact: true,
      description: expect.stringContaining('this plan also changes it (2 changes below)'),
    });
    for (const id of ['create-ou:ou:Security/Forensics', 'create-account:account:forensics-lab'])
      expect(plan.changes.find((change) => change.id === id)!.dependsOn).toContain('adopt-ou:ou:Security');
  });

  test("another tool's ManagedBy tag is named, and taking the OU over from it is high impact", () => {
    const { desired, observed } = withForeignSecurity({ [MANAGED_BY_TAG.key]: 'terraform' });
    const plan = computePlan(desired, observed);
    const [adoption] = plan.changes;
    expect(adoption).toMatchObject({
      highImpact: true,
      highImpactReason: 'its ManagedBy tag names "terraform", which may still act on it',
      description: `Adopt existing OU Security (${SECURITY}), tagged ManagedBy: "terraform" (another tool's)`,
    });
    const [effect] = describeChanges(plan);
    expect(effect!.details).toContain('ManagedBy: "terraform" → "vend"');
  });

  test("another tool's OU that the same plan also changes says both", () => {
    const { desired, observed } = withForeignSecurity({ [MANAGED_BY_TAG.key]: 'terraform' });
    desiredOrganizationalUnitAt(desired, 'Security').scps.push('deny-unapproved-regions');
    expect(computePlan(desired, observed).changes.find((change) => change.kind === 'adopt-ou')).toMatchObject({
      highImpactReason:
        'its ManagedBy tag names "terraform", which may still act on it, and another team\'s OU changes hands and changes in the same plan',
      description: expect.stringContaining('this plan also changes it (1 change below)'),
    });
  });

  test('the accounts in it that no manifest declares are counted in the adoption', () => {
    const { desired, observed } = withForeignSecurity({});
    observed.accounts.push({
      id: '299999999990',
      name: 'secops-tools',
      email: 'tools@secops.example.com',
      status: 'ACTIVE',
      parentId: SECURITY,
      parentPath: 'Security',
    });
    // The management account, moved into the OU by hand, needs no manifest: it is not counted.
    observed.accounts.find((account) => account.id === observed.organization.managementAccountId)!.parentId = SECURITY;
    const [adoption] = computePlan(desired, observed).changes;
    expect(adoption!.description).toBe(
      `Adopt existing OU Security (${SECURITY}), not tagged ManagedBy: vend (made outside vend, or its tag removed); 1 account in it no manifest declares`,
    );
  });

  test('an OU whose tags were not read is not adopted: nothing says whose it is', () => {
    const { desired, observed } = withForeignSecurity(undefined);
    expect(computePlan(desired, observed).changes).toEqual([]);
  });

  test('the nightly drift check reports a declared OU that lost its tag, with what apply does about it', () => {
    const { desired, observed } = withForeignSecurity({});
    const context = new DriftContext(desired, observed, computePlan(desired, observed), '2026-11-30');
    const findings = organizationFindings(context, []).findings.filter(
      (finding) => finding.kind === 'ou-ownership-tag',
    );
    expect(findings).toEqual([
      expect.objectContaining({
        target: 'ou:Security',
        severity: 'medium',
        actual: `${SECURITY}: no ManagedBy tag`,
        restore: 'apply tags it again (its plan shows this as adopting the OU)',
      }),
    ]);
  });
});

describe("vend's OU renamed, in AWS or in the repository, is never left behind by a second OU of the declared name", () => {
  const renamed = (edit: (desired: DesiredState, observed: ObservedState) => void) => {
    const { desired, observed } = withForeignSecurity({ [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value });
    edit(desired, observed);
    return computePlan(desired, observed);
  };

  test('renamed by hand in AWS: the plan that would create the declared OU beside it has a problem saying how to rename it back', () => {
    const plan = renamed((_, observed) => {
      observed.organizationalUnits.find((unit) => unit.id === SECURITY)!.name = 'Security Renamed';
    });
    expect(plan.problems).toEqual([
      expect.objectContaining({
        rule: 'ou-renamed',
        target: 'ou:Security',
        message: expect.stringContaining(
          `OU Security would be created beside OU "Security Renamed" (${SECURITY}) under the root, which is tagged ManagedBy: vend and which organization.yaml no longer declares`,
        ),
      }),
    ]);
    expect(plan.problems[0]!.message).toContain(
      `aws organizations update-organizational-unit --organizational-unit-id ${SECURITY} --name=Security)`,
    );
    expect(plan.problems[0]!.file).toBe('baselines/organization.yaml');
  });

  test('renamed with OUs of its own: the problem names them, and says they go before it can be deleted', () => {
    const plan = renamed((_, observed) => {
      observed.organizationalUnits.find((unit) => unit.id === SECURITY)!.name = 'Security Renamed';
      observed.organizationalUnits.push({
        id: 'ou-root-forensics',
        name: 'Forensics',
        path: 'Security Renamed/Forensics',
        parentId: SECURITY,
      });
    });
    expect(plan.problems.map((problem) => problem.rule)).toEqual(['ou-renamed']);
    expect(plan.problems[0]!.message).toContain('child OU "Forensics"');
    expect(plan.problems[0]!.message).toContain('delete its child OUs (AWS moves no OU');
  });

  test('renamed in the repository: the same problem, with the new name to give it in AWS, quoted for the shell', () => {
    const plan = renamed((desired) => {
      const unit = desired.organizationalUnits.find((candidate) => candidate.path === 'Security')!;
      unit.name = "Security & Audit's";
      unit.path = unit.name;
      for (const account of desired.accounts) if (account.ou === 'Security') account.ou = unit.path;
    });
    expect(plan.problems.map((problem) => problem.rule)).toEqual(['ou-renamed']);
    expect(plan.problems[0]!.message).toContain(`--name='Security & Audit'\\''s'`);
  });

  test('an undeclared OU beside it that is not vend’s, or whose tags were not read, is no problem', () => {
    for (const tags of [{ Team: 'secops' }, undefined])
      expect(
        renamed((_, observed) => {
          const unit = observed.organizationalUnits.find((candidate) => candidate.id === SECURITY)!;
          unit.name = 'Security Renamed';
          unit.tags = tags;
        }).problems,
      ).toEqual([]);
  });

  // AWS has no call that moves an OU: a new one is made where the repository now puts it, and the old one, with its
  // SCPs, would stay where it was, which no plan would show again.
  test('moved under another parent in the repository: a problem that says AWS cannot move it, and what stays', () => {
    const plan = renamed((desired) => {
      const unit = desired.organizationalUnits.find((candidate) => candidate.path === 'Security')!;
      Object.assign(unit, { path: 'Workloads/Security', parentPath: 'Workloads' });
      for (const account of desired.accounts) if (account.ou === 'Security') account.ou = unit.path;
    });
    expect(plan.problems).toEqual([
      expect.objectContaining({
        rule: 'ou-renamed',
        target: 'ou:Workloads/Security',
        message: expect.stringContaining(
          `OU Workloads/Security would be created while vend's OU "Security" (${SECURITY}) under the root, tagged ManagedBy: vend, is no longer declared: vend's OU, moved in the repository. AWS cannot move an OU`,
        ),
      }),
    ]);
    // Its declared accounts move out with this plan: they are not counted as staying behind.
    expect(plan.problems[0]!.message).not.toMatch(/\d+ accounts?\b/);
  });
});
