// The organization behind `npm run bench:apply`: a synthetic repository of a few OUs, 2 SCPs, 4 regional baselines
// and 200 account manifests in two regions, and a moto organization seeded with everything but the accounts. What
// apply has left to do is create the 200 accounts and deploy 200 × 2 × 4 = 1,600 stack instances.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { MANAGED_BY_TAG } from '../src/config/desired-state.js';
import type { DesiredState } from '../src/config/desired-state.js';
import { MOTO_MANAGEMENT_ACCOUNT_ID } from '../scripts/emulator/moto-server.js';
import type { SeedClients, SeededOrganization } from '../test/harness/seed.js';
import { seedOrganization } from '../test/harness/seed.js';
import { policySeeds, stackSetSeed } from './plan-seed.js';

export const APPLY_BENCH_REGIONS = ['us-east-1', 'eu-west-1'];
const ACCOUNT_COUNT = 200;
/** Where accounts land, round-robin; their parents (Workloads) are declared too. */
const LEAF_OUS = ['Workloads/Prod', 'Workloads/NonProd', 'Sandbox', 'Security'];
const OWNERS = ['team-data', 'team-mobile', 'team-payments', 'team-platform'];

/**
 * Regional baselines only: none creates a named IAM resource, so each follows the accounts' regions. moto 5.2 fails
 * on stack instances of SNS topics and KMS keys once the StackSet's tags reach them; log groups and SSM parameters
 * deploy cleanly.
 */
const BASELINE_TEMPLATES: Record<string, string> = {
  'audit-logs': `AWSTemplateFormatVersion: "2010-09-09"
Description: Keeps audit logs for a year.
Resources:
  AuditLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 365
`,
  'application-logs': `AWSTemplateFormatVersion: "2010-09-09"
Description: Keeps application logs for 90 days.
Resources:
  ApplicationLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 90
`,
  'account-tier': `AWSTemplateFormatVersion: "2010-09-09"
Description: Records the account's baseline tier in Parameter Store.
Parameters:
  Tier:
    Type: String
Resources:
  BaselineTier:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /vend/baseline-tier
      Type: String
      Value: !Ref Tier
`,
  'network-defaults': `AWSTemplateFormatVersion: "2010-09-09"
Description: Publishes the account's default network settings in Parameter Store.
Parameters:
  CidrSize:
    Type: String
Resources:
  DefaultCidrSize:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /vend/network/default-cidr-size
      Type: String
      Value: !Ref CidrSize
`,
};
const BASELINE_PARAMETERS: Record<string, Record<string, string>> = {
  'account-tier': { Tier: 'standard' },
  'network-defaults': { CidrSize: '20' },
};

const SCP_DOCUMENTS: Record<string, [string, object]> = {
  'deny-leave': [
    'Members cannot leave',
    {
      Version: '2012-10-17',
      Statement: [{ Sid: 'DenyLeave', Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
    },
  ],
  'protect-audit-logs': [
    'Audit logs stay',
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ProtectAuditLogs',
          Effect: 'Deny',
          Action: ['logs:DeleteLogGroup', 'logs:PutRetentionPolicy'],
          Resource: '*',
        },
      ],
    },
  ],
};

export interface ApplyBenchShape {
  organizationalUnits: number;
  scps: number;
  baselines: number;
  accounts: number;
  regions: string[];
}

const accountName = (number: number) => `vended-${String(number).padStart(3, '0')}`;

function accountManifest(number: number): string {
  const name = accountName(number);
  return [
    `name: ${name}`,
    `email: aws+${name}@example.com`,
    `ou: ${LEAF_OUS[(number - 1) % LEAF_OUS.length]}`,
    `owner: ${OWNERS[number % OWNERS.length]}`,
    `tags: { CostCenter: "${5000 + (number % 50)}" }`,
    `regions: [${APPLY_BENCH_REGIONS.join(', ')}]`,
    '',
  ].join('\n');
}

interface OrganizationalUnitNode {
  scps?: string[];
  baselines?: string[];
  organizationalUnits?: OrganizationalUnitTree;
}
type OrganizationalUnitTree = Record<string, OrganizationalUnitNode>;

const countOrganizationalUnits = (tree: OrganizationalUnitTree): number =>
  Object.values(tree).reduce((sum, unit) => sum + 1 + countOrganizationalUnits(unit.organizationalUnits ?? {}), 0);

/** Writes the benchmark repository (accounts/ and baselines/) into `directory`. */
export function writeApplyBenchRepository(directory: string): ApplyBenchShape {
  const baselines = join(directory, 'baselines');
  mkdirSync(join(baselines, 'scps'), { recursive: true });
  mkdirSync(join(baselines, 'stacksets'), { recursive: true });
  const scps: Record<string, { file: string; description: string }> = {};
  for (const [name, [description, document]] of Object.entries(SCP_DOCUMENTS)) {
    writeFileSync(join(baselines, 'scps', `${name}.json`), `${JSON.stringify(document, null, 2)}\n`);
    scps[name] = { file: `scps/${name}.json`, description };
  }
  const catalogue: Record<string, { template: string; parameters?: Record<string, string> }> = {};
  for (const [name, template] of Object.entries(BASELINE_TEMPLATES)) {
    writeFileSync(join(baselines, 'stacksets', `${name}.yaml`), template);
    catalogue[name] = {
      template: `stacksets/${name}.yaml`,
      ...(BASELINE_PARAMETERS[name] ? { parameters: BASELINE_PARAMETERS[name] } : {}),
    };
  }
  const everyBaseline = Object.keys(BASELINE_TEMPLATES);
  const organizationalUnits: OrganizationalUnitTree = {
    Workloads: {
      scps: ['protect-audit-logs'],
      baselines: everyBaseline,
      organizationalUnits: { Prod: {}, NonProd: {} },
    },
    Sandbox: { baselines: everyBaseline },
    Security: { scps: ['protect-audit-logs'], baselines: everyBaseline },
  };
  const organization = {
    managementAccountId: MOTO_MANAGEMENT_ACCOUNT_ID,
    homeRegion: 'us-east-1',
    allowedRegions: APPLY_BENCH_REGIONS,
    defaultRegions: ['us-east-1'],
    emailDomains: ['example.com'],
    requiredTags: ['CostCenter'],
    stackSets: {
      permissionModel: 'SELF_MANAGED',
      executionRoleName: 'OrganizationAccountAccessRole',
      administrationRoleArn: `arn:aws:iam::${MOTO_MANAGEMENT_ACCOUNT_ID}:role/AWSCloudFormationStackSetAdministrationRole`,
      namePrefix: 'vend-',
      operationPreferences: {
        maxConcurrentPercentage: 25,
        failureTolerancePercentage: 0,
        concurrencyMode: 'SOFT_FAILURE_TOLERANCE',
        regionConcurrencyType: 'PARALLEL',
      },
    },
    root: { scps: ['deny-leave'] },
    organizationalUnits,
    scps,
    baselines: catalogue,
  };
  writeFileSync(
    join(baselines, 'organization.yaml'),
    stringify(organization, { lineWidth: 0, aliasDuplicateObjects: false }),
  );

  const accounts = join(directory, 'accounts');
  mkdirSync(accounts, { recursive: true });
  for (let number = 1; number <= ACCOUNT_COUNT; number++) {
    writeFileSync(join(accounts, `${accountName(number)}.yaml`), accountManifest(number));
  }
  return {
    organizationalUnits: countOrganizationalUnits(organizationalUnits),
    scps: Object.keys(scps).length,
    baselines: everyBaseline.length,
    accounts: ACCOUNT_COUNT,
    regions: APPLY_BENCH_REGIONS,
  };
}

/**
 * Seeds moto (through `clients`, which should talk to moto directly) with the organization `desired` describes,
 * except its accounts: SCP type enabled, OUs, SCPs tagged and attached, and every baseline's StackSet with no
 * instances. An earlier apply of the repository without its account manifests would have left exactly this.
 */
export function seedApplyBenchOrganization(clients: SeedClients, desired: DesiredState): Promise<SeededOrganization> {
  return seedOrganization(clients, {
    organizationalUnits: desired.organizationalUnits.map((unit) => unit.path),
    organizationalUnitTags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value },
    policies: policySeeds(desired),
    stackSets: desired.baselines.map((baseline) => stackSetSeed(desired, baseline)),
  });
}
