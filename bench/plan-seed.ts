// The organization behind `npm run bench:plan`: a synthetic repository of 60 OUs, 8 SCPs, 4 baselines and 1,000
// account manifests, and a moto organization seeded to match most of it. The small, known differences (the
// injected drift) make the plan non-trivial and let the benchmark check that vend found exactly them.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { MANAGED_BY_TAG, PARAMETER_OVERRIDES_TAG } from '../src/config/desired-state.js';
import type { DesiredAccount, DesiredBaseline, DesiredState } from '../src/config/desired-state.js';
import type { AccountSeed, PolicySeed, SeedClients, SeededOrganization, StackSetSeed } from '../test/harness/seed.js';
import { createStackInstances, seedOrganization } from '../test/harness/seed.js';

const TOP_LEVEL_OUS = ['Data', 'Infrastructure', 'Platform', 'Sandbox', 'Security', 'Workloads'];
const CHILD_OUS = ['Analytics', 'Dev', 'Edge', 'Legacy', 'NonProd', 'Prod', 'Shared', 'Staging', 'Test'];
/** Children that add the regional baseline to what they inherit. */
const REGIONAL_CHILD_OUS = new Set(['NonProd', 'Prod', 'Shared']);
const ACCOUNT_COUNT = 1000;
const OWNERS = ['team-data', 'team-identity', 'team-mobile', 'team-payments', 'team-platform', 'team-search'];
const CATALOGUE_BASELINES = ['permissions-boundary', 'roles', 'account-metadata'];

/** Which SCPs each top-level OU carries; every `Prod` child also carries deny-unapproved-regions. */
const TOP_LEVEL_SCPS: Record<string, string[]> = {
  Data: ['require-permissions-boundary', 'protect-baseline-roles'],
  Infrastructure: ['protect-baseline-roles'],
  Platform: ['protect-baseline-roles'],
  Sandbox: ['deny-expensive-services'],
  Security: ['protect-security-tooling'],
  Workloads: ['require-permissions-boundary', 'protect-baseline-roles'],
};

const deny = (sid: string, action: string | string[], extra: Record<string, unknown> = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Sid: sid, Effect: 'Deny', Action: action, Resource: '*', ...extra }],
});

const EXPENSIVE_ACTIONS = [
  'redshift:CreateCluster',
  'sagemaker:CreateEndpoint',
  'ec2:PurchaseReservedInstancesOffering',
];

/** The catalogue beyond the fixture's deny-leave: name → [description, policy document]. */
const SCP_DOCUMENTS: Record<string, [string, object]> = {
  'deny-root-user': [
    'No actions as the root user',
    deny('DenyRootUser', '*', { Condition: { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } } }),
  ],
  'require-permissions-boundary': [
    'Roles must carry the workload boundary',
    deny('RequireBoundary', ['iam:CreateRole', 'iam:PutRolePermissionsBoundary'], {
      Condition: { StringNotLike: { 'iam:PermissionsBoundary': 'arn:aws:iam::*:policy/workload-boundary' } },
    }),
  ],
  'protect-baseline-roles': [
    'Baseline roles change only through StackSets',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ProtectBaselineRoles',
          Effect: 'Deny',
          Action: ['iam:DeleteRole', 'iam:UpdateAssumeRolePolicy', 'iam:DetachRolePolicy'],
          Resource: 'arn:aws:iam::*:role/reader',
          Condition: { StringNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/OrganizationAccountAccessRole' } },
        },
      ],
    },
  ],
  'deny-unapproved-regions': [
    'Only the allowed regions',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyUnapprovedRegions',
          Effect: 'Deny',
          NotAction: ['iam:*', 'organizations:*', 'sts:*', 'support:*'],
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } },
        },
      ],
    },
  ],
  'deny-expensive-services': ['No expensive services in sandboxes', deny('DenyExpensive', EXPENSIVE_ACTIONS)],
  'protect-security-tooling': [
    'Security tooling stays on',
    deny('ProtectSecurityTooling', [
      'guardduty:DeleteDetector',
      'securityhub:DisableSecurityHub',
      'cloudtrail:StopLogging',
    ]),
  ],
  'deny-internet-gateways': [
    'No internet gateways in isolated accounts',
    deny('DenyInternetGateways', ['ec2:CreateInternetGateway', 'ec2:AttachInternetGateway']),
  ],
};

/** The SCP whose AWS copy is one revision behind the repository: the repository added the last action. */
const EDITED_SCP = 'deny-expensive-services';
const EDITED_SCP_PREVIOUS = deny('DenyExpensive', EXPENSIVE_ACTIONS.slice(0, -1));

const ACCOUNT_METADATA_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: Records the account's baseline tier in Parameter Store.
Parameters:
  MetadataValue:
    Type: String
Resources:
  BaselineTier:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /vend/baseline-tier
      Type: String
      Value: !Ref MetadataValue
`;

export interface PlanBenchShape {
  organizationalUnits: number;
  scps: number;
  baselines: number;
  accounts: number;
}

const organizationalUnitPaths = (): string[] =>
  TOP_LEVEL_OUS.flatMap((top) => [top, ...CHILD_OUS.map((child) => `${top}/${child}`)]);

const accountName = (number: number) => `acct-${String(number).padStart(4, '0')}`;

function accountManifest(number: number, ouPaths: string[]): string {
  const name = accountName(number);
  const lines = [
    `name: ${name}`,
    `email: aws+${name}@example.com`,
    // Round-robin keeps every OU at 16 or 17 accounts: one ListAccountsForParent page of 20 each.
    `ou: ${ouPaths[(number - 1) % ouPaths.length]}`,
    `owner: ${OWNERS[number % OWNERS.length]}`,
    `tags: { CostCenter: "${4000 + (number % 97)}" }`,
  ];
  if (number % 4 === 0) lines.push('regions: [us-east-1, eu-west-1]');
  if (number % 100 === 0) lines.push('scps: [deny-internet-gateways]');
  if (number % 100 === 50) lines.push('parameters:', '  account-metadata: { MetadataValue: restricted }');
  return `${lines.join('\n')}\n`;
}

/**
 * Writes the benchmark repository into `directory`: a copy of `fixtureBaselines` (the minimal fixture's
 * baselines/) with organization.yaml rewritten to declare the benchmark's OUs, SCPs and baselines, and 1,000
 * manifests in accounts/.
 */
export function writePlanBenchRepository(directory: string, fixtureBaselines: string): PlanBenchShape {
  const baselines = join(directory, 'baselines');
  cpSync(fixtureBaselines, baselines, { recursive: true });
  const organization = parse(readFileSync(join(baselines, 'organization.yaml'), 'utf8')) as Record<string, unknown>;

  const scps: Record<string, { file: string; description: string }> = {
    'deny-leave': { file: 'scps/deny-leave.json', description: 'Members cannot leave' },
  };
  for (const [name, [description, document]] of Object.entries(SCP_DOCUMENTS)) {
    writeFileSync(join(baselines, 'scps', `${name}.json`), `${JSON.stringify(document, null, 2)}\n`);
    scps[name] = { file: `scps/${name}.json`, description };
  }
  writeFileSync(join(baselines, 'stacksets', 'account-metadata.yaml'), ACCOUNT_METADATA_TEMPLATE);

  organization.root = { scps: ['deny-leave', 'deny-root-user'] };
  organization.organizationalUnits = Object.fromEntries(
    TOP_LEVEL_OUS.map((top) => [
      top,
      {
        scps: TOP_LEVEL_SCPS[top],
        baselines: top === 'Sandbox' ? ['account-metadata'] : CATALOGUE_BASELINES,
        organizationalUnits: Object.fromEntries(
          CHILD_OUS.map((child) => [
            child,
            {
              ...(child === 'Prod' ? { scps: ['deny-unapproved-regions'] } : {}),
              ...(REGIONAL_CHILD_OUS.has(child) ? { baselines: ['regional'] } : {}),
            },
          ]),
        ),
      },
    ]),
  );
  organization.scps = scps;
  organization.baselines = {
    'permissions-boundary': { template: 'stacksets/permissions-boundary.yaml', regions: ['us-east-1'] },
    roles: { template: 'stacksets/roles.yaml', dependsOn: ['permissions-boundary'], regions: ['us-east-1'] },
    regional: { template: 'stacksets/regional.yaml' },
    'account-metadata': { template: 'stacksets/account-metadata.yaml', parameters: { MetadataValue: 'standard' } },
  };
  writeFileSync(join(baselines, 'organization.yaml'), stringify(organization, { lineWidth: 0 }));

  const accounts = join(directory, 'accounts');
  mkdirSync(accounts, { recursive: true });
  const ouPaths = organizationalUnitPaths();
  for (let number = 1; number <= ACCOUNT_COUNT; number++) {
    writeFileSync(join(accounts, `${accountName(number)}.yaml`), accountManifest(number, ouPaths));
  }
  return {
    organizationalUnits: ouPaths.length,
    scps: Object.keys(scps).length,
    baselines: Object.keys(organization.baselines as object).length,
    accounts: ACCOUNT_COUNT,
  };
}

/** What the seed leaves different from the repository, so the benchmark can check the plan found exactly that. */
export interface InjectedDrift {
  /** Accounts whose CostCenter tag in AWS is stale: one tag-account change each. */
  retaggedAccounts: string[];
  /** The SCP whose AWS content is one revision behind: one update-scp change. */
  editedScp: string;
  /** Accounts without their instance of `missingInstances.baseline`: one add-stack-instances change. */
  missingInstances: { stackSet: string; accounts: string[] };
  /** Accounts left under the root instead of their OU: one move-account change each. */
  accountsAtRoot: string[];
  /** Accounts in AWS that no manifest declares: listed as unmanaged; the plan creates no account, so their tags go unread. */
  unmanagedAccounts: string[];
}

/** Every `step`-th element, starting at `offset`, up to `count` of them. */
const pick = <T>(items: T[], count: number, step: number, offset: number): T[] =>
  items.filter((_, index) => index % step === offset).slice(0, count);

export function chooseDrift(desired: DesiredState): InjectedDrift {
  const { namePrefix } = desired.organization.stackSets;
  const names = desired.accounts.map((account) => account.name);
  const withRoles = desired.accounts.filter((account) => account.baselines.includes('roles')).map((a) => a.name);
  return {
    retaggedAccounts: pick(names, 20, 50, 7),
    editedScp: EDITED_SCP,
    missingInstances: { stackSet: `${namePrefix}roles`, accounts: pick(withRoles, 10, 80, 3) },
    accountsAtRoot: pick(names, 5, 200, 111),
    unmanagedAccounts: ['legacy-01', 'legacy-02', 'legacy-03', 'legacy-04', 'legacy-05'],
  };
}

function accountSeeds(desired: DesiredState, drift: InjectedDrift): AccountSeed[] {
  const retagged = new Set(drift.retaggedAccounts);
  const atRoot = new Set(drift.accountsAtRoot);
  const declared = desired.accounts.map((account): AccountSeed => {
    // As apply leaves them: an account with parameter overrides records which baselines carry them.
    const overridden = account.baselines.filter((baseline) => account.parameters[baseline]).sort();
    const tags = {
      ...account.tags,
      ...(overridden.length > 0 ? { [PARAMETER_OVERRIDES_TAG]: overridden.join(' ') } : {}),
    };
    return {
      name: account.name,
      email: account.email,
      ...(atRoot.has(account.name) ? {} : { ou: account.ou }),
      tags: retagged.has(account.name) ? { ...tags, CostCenter: '0000' } : tags,
    };
  });
  const unmanaged = drift.unmanagedAccounts.map((name): AccountSeed => ({
    name,
    email: `${name}@example.com`,
    ou: 'Sandbox',
    tags: { Owner: 'team-legacy' },
  }));
  return [...declared, ...unmanaged];
}

/**
 * The catalogue's SCPs with the repository's attachments, tagged as vend's; `drift.editedScp`, if given, gets its
 * previous revision. Accounts named in attachments must be among the seed's accounts.
 */
export function policySeeds(
  desired: DesiredState,
  drift: Partial<Pick<InjectedDrift, 'editedScp'>> = {},
): PolicySeed[] {
  return desired.scps.map((scp) => ({
    name: scp.name,
    description: scp.description,
    content: scp.name === drift.editedScp ? EDITED_SCP_PREVIOUS : scp.content,
    tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value },
    attachTo: {
      root: desired.organization.root.scps.includes(scp.name),
      organizationalUnits: desired.organizationalUnits
        .filter((unit) => unit.scps.includes(scp.name))
        .map((u) => u.path),
      accounts: desired.accounts.filter((account) => account.scps.includes(scp.name)).map((a) => a.name),
    },
  }));
}

/** The baseline's SELF_MANAGED StackSet as vend would have created it, without instances. */
export function stackSetSeed(desired: DesiredState, baseline: DesiredBaseline): StackSetSeed {
  const settings = desired.organization.stackSets;
  return {
    name: `${settings.namePrefix}${baseline.name}`,
    template: baseline.templateBody,
    ...(Object.keys(baseline.parameters).length > 0 ? { parameters: baseline.parameters } : {}),
    tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value },
    ...(settings.administrationRoleArn ? { administrationRoleArn: settings.administrationRoleArn } : {}),
    ...(settings.executionRoleName ? { executionRoleName: settings.executionRoleName } : {}),
  };
}

/**
 * Instances grouped by (regions, parameter overrides): CreateStackInstances deploys to every account × region of a
 * call, so each group is one call, a few per StackSet in all.
 */
function instanceGroups(baseline: DesiredBaseline, accounts: DesiredAccount[]) {
  const groups = new Map<string, { regions: string[]; overrides: Record<string, string>; accounts: string[] }>();
  for (const account of accounts.filter((candidate) => candidate.baselines.includes(baseline.name))) {
    const regions = baseline.regions ?? account.regions;
    const overrides = account.parameters[baseline.name] ?? {};
    const key = JSON.stringify([regions, overrides]);
    const group = groups.get(key) ?? { regions, overrides, accounts: [] };
    group.accounts.push(account.name);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Seeds moto (through `clients`, which should talk to moto directly) with the organization that `desired`
 * describes, minus the drift `chooseDrift` picks: what an earlier apply followed by a few hand edits would leave.
 */
export async function seedPlanBenchOrganization(
  clients: SeedClients,
  desired: DesiredState,
  drift: InjectedDrift,
): Promise<SeededOrganization> {
  const seeded = await seedOrganization(clients, {
    organizationalUnits: desired.organizationalUnits.map((unit) => unit.path),
    organizationalUnitTags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value },
    accounts: accountSeeds(desired, drift),
    policies: policySeeds(desired, drift),
    stackSets: desired.baselines.map((baseline) => stackSetSeed(desired, baseline)),
    concurrency: 4,
  });
  const missing = new Set(drift.missingInstances.accounts);
  for (const baseline of desired.baselines) {
    const name = `${desired.organization.stackSets.namePrefix}${baseline.name}`;
    const accounts = desired.accounts.filter(
      (account) => name !== drift.missingInstances.stackSet || !missing.has(account.name),
    );
    for (const group of instanceGroups(baseline, accounts)) {
      const accountIds = group.accounts.map((account) => seeded.accountIds[account]!);
      const overrides = Object.keys(group.overrides).length > 0 ? group.overrides : undefined;
      await createStackInstances(clients, name, accountIds, group.regions, overrides);
    }
  }
  return seeded;
}
