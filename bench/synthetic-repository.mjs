// Writes a synthetic Vend repository with many account manifests, for the validate benchmark. The baselines come
// from the minimal fixture repository, so every generated manifest must be valid against that organization:
// OUs Workloads/Prod and Sandbox, SCP deny-leave, baselines permissions-boundary, roles and regional,
// allowedRegions us-east-1 and eu-west-1, emailDomains example.com, requiredTags CostCenter.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_REPOSITORY = new URL('../test/fixtures/minimal-repo/', import.meta.url);

const OWNERS = ['team-payments', 'team-data', 'team-identity', 'team-search', 'team-platform', 'team-mobile'];
const EXCEPTION_EXPIRES = '2030-06-30';

/** The name of the account with 1-based number `number`: acct-00001, acct-00002, … */
export function syntheticAccountName(number) {
  return `acct-${String(number).padStart(5, '0')}`;
}

/**
 * One manifest. The mix is deterministic so runs are comparable: OUs alternate; every 3rd account lists regions,
 * every 4th attaches an extra SCP, every 5th adds the regional baseline (every 10th also overrides a parameter
 * of it), and every 50th holds an allowed-regions exception for a region outside allowedRegions.
 */
export function syntheticAccountManifest(number) {
  const name = syntheticAccountName(number);
  const lines = [
    '# yaml-language-server: $schema=../schemas/account.schema.json',
    `name: ${name}`,
    `email: aws+${name}@example.com`,
    `ou: ${number % 2 === 1 ? 'Workloads/Prod' : 'Sandbox'}`,
    `owner: ${OWNERS[number % OWNERS.length]}`,
    `tags: { CostCenter: "${4000 + (number % 97)}", Environment: ${number % 2 === 1 ? 'production' : 'sandbox'} }`,
  ];
  const hasException = number % 50 === 0;
  if (hasException) lines.push('regions: [us-east-1, us-west-2]');
  else if (number % 3 === 0) lines.push('regions: [us-east-1, eu-west-1]');
  if (number % 4 === 0) lines.push('scps: [deny-leave]');
  if (number % 5 === 0) lines.push('baselines: [regional]');
  if (number % 10 === 0) lines.push('parameters:', '  regional:', `    TopicDisplayName: "alerts for ${name}"`);
  if (hasException) {
    lines.push(
      'exceptions:',
      '  - rule: allowed-regions',
      `    reason: "Data residency pilot for ${name}, ticket SEC-${1000 + number}"`,
      '    approvedBy: security-team',
      `    expires: ${EXCEPTION_EXPIRES}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Creates `directory` as a repository with the fixture's baselines/ and `accountCount` manifests in accounts/. */
export function writeSyntheticRepository(directory, accountCount) {
  cpSync(new URL('baselines/', FIXTURE_REPOSITORY), join(directory, 'baselines'), { recursive: true });
  const accounts = join(directory, 'accounts');
  mkdirSync(accounts, { recursive: true });
  for (let number = 1; number <= accountCount; number++) {
    writeFileSync(join(accounts, `${syntheticAccountName(number)}.yaml`), syntheticAccountManifest(number));
  }
}
