import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AWS_REGIONS } from '../../src/config/aws-regions.js';
import { loadRepository } from '../../src/config/load-repository.js';
import { QUOTAS } from '../../src/config/quotas.js';
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };
import {
  EXAMPLE_REPOSITORY,
  REPOSITORY_ROOT,
  fixtureRepository,
  MINIMAL_REPOSITORY,
  removeFixtureRepositories,
} from '../support/fixture-repository.js';
import { appProd, lineOf, NOW, ORGANIZATION, validate, withOrganization } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

const APP_PROD = 'accounts/app-prod.yaml';
const ORGANIZATION_FILE = 'baselines/organization.yaml';
/** The 1-based column of `needle` in a one-line text. */
const columnOf = (line: string, needle: string) => line.indexOf(needle) + 1;
const rulesOf = (edits: Record<string, string | null>, rule: string) =>
  validate(edits).filter((diagnostic) => diagnostic.rule === rule);

test('the example repository and the minimal fixture validate cleanly', () => {
  expect(loadRepository(EXAMPLE_REPOSITORY, { now: NOW }).diagnostics).toEqual([]);
  expect(loadRepository(MINIMAL_REPOSITORY, { now: NOW }).diagnostics).toEqual([]);
});

describe('tags are checked against the Organizations TagKey and TagValue pattern, as AWS would', () => {
  // The pattern is ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$: letters, numbers and spaces of any script, and _ . : / = + - @.
  const refused: [string, string[]][] = [
    ['#team-alerts', ["'#'"]],
    ['https://wiki.example.com/runbook?team=payments&env=prod', ["'?'", "'&'"]],
    ['team-app 🚀', ["'🚀'"]],
    ["o'brien", ["'''"]],
    ['a,b', ["','"]],
    ['tab\\there', ['U+0009']],
  ];
  const allowed = [
    'https://wiki.example.com/runbooks/payments',
    'team-payments@example.com',
    'Zoë Müller',
    '日本語チーム',
    'cost=4711 +tax',
    '',
  ];

  test.each(refused)('the tag value %j is refused at the value, naming the characters', (value, characters) => {
    const tags = `tags: { CostCenter: "100", Alerts: "${value}" }`;
    const found = rulesOf({ [APP_PROD]: appProd('', tags) }, 'tag-characters');
    expect(found).toEqual([expect.objectContaining({ file: APP_PROD, line: 5, column: columnOf(tags, `"${value}"`) })]);
    for (const character of characters) expect(found[0]!.message).toContain(character);
    expect(found[0]!.message).toContain("tag 'Alerts'");
  });

  test.each(allowed)('the tag value %j is allowed by the pattern, so validate accepts it', (value) => {
    expect(validate({ [APP_PROD]: appProd('', `tags: { CostCenter: "100", Alerts: "${value}" }`) })).toEqual([]);
  });

  test('an emoji in owner is refused at owner, because owner becomes the tag Owner', () => {
    expect(
      rulesOf({ [APP_PROD]: appProd().replace('owner: team-app', 'owner: "team-app 🚀"') }, 'tag-characters'),
    ).toEqual([
      expect.objectContaining({ line: 4, column: 8, message: expect.stringContaining('becomes the tag Owner') }),
    ]);
  });

  test('a tag key with a refused character is reported at the key', () => {
    const tags = 'tags: { CostCenter: "100", "team#": x }';
    expect(rulesOf({ [APP_PROD]: appProd('', tags) }, 'tag-characters')).toEqual([
      expect.objectContaining({
        line: 5,
        column: columnOf(tags, '"team#"'),
        message: expect.stringContaining("tag key 'team#'"),
      }),
    ]);
  });

  test('a required tag key AWS would refuse is reported in organization.yaml', () => {
    const edits = withOrganization('requiredTags: [CostCenter]', 'requiredTags: [CostCenter, "cost#center"]');
    expect(rulesOf(edits, 'tag-characters')).toEqual([
      expect.objectContaining({ file: ORGANIZATION_FILE, line: lineOf(ORGANIZATION, 'requiredTags'), column: 28 }),
    ]);
  });

  test('lengths count code points, as AWS does, not UTF-16 units or bytes', () => {
    // 𝒜 is one letter (one code point) but two UTF-16 units; é is one code point but two UTF-8 bytes.
    for (const letter of ['𝒜', 'é']) {
      const tags = (count: number) => `tags: { CostCenter: "100", Name: "${letter.repeat(count)}" }`;
      expect(validate({ [APP_PROD]: appProd('', tags(256)) })).toEqual([]);
      expect(rulesOf({ [APP_PROD]: appProd('', tags(257)) }, 'tag-limits')).toEqual([
        expect.objectContaining({ line: 5, message: expect.stringContaining('is 257 characters; at most 256 fit') }),
      ]);
    }
    const key = (count: number) => `tags: { CostCenter: "100", "${'𝒜'.repeat(count)}": x }`;
    expect(validate({ [APP_PROD]: appProd('', key(128)) })).toEqual([]);
    expect(rulesOf({ [APP_PROD]: appProd('', key(129)) }, 'tag-limits')).toHaveLength(1);
  });

  test('an empty tag key is told to get a name, not to be shortened', () => {
    expect(rulesOf({ [APP_PROD]: appProd('', 'tags: { CostCenter: "100", "": x }') }, 'tag-limits')).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/is 0 characters; at least 1 is needed \(.*\); give it a name\.$/),
      }),
    ]);
  });
});

test('baselines whose overridden names do not fit one tag value are refused at parameters, before the plan stops', () => {
  // vend records them space-separated in the tag vend:parameter-overrides, an Organizations TagValue (max 256).
  const names = Array.from({ length: 5 }, (_, index) => `baseline-${index}-${'x'.repeat(50)}`);
  const parameters = `parameters:\n${names.map((name) => `  ${name}: { Some: value }`).join('\n')}\n`;
  expect(rulesOf({ [APP_PROD]: appProd(parameters) }, 'tag-limits')).toEqual([
    expect.objectContaining({
      line: 6,
      column: 1,
      message: expect.stringContaining('recorded in the tag vend:parameter-overrides'),
    }),
  ]);
  const few = `parameters:\n${names
    .slice(0, 4)
    .map((name) => `  ${name}: { Some: value }`)
    .join('\n')}\n`;
  expect(rulesOf({ [APP_PROD]: appProd(few) }, 'tag-limits')).toEqual([]);
});

test('a schema error elsewhere in a manifest does not hide the tags AWS would refuse: all come in one round', () => {
  const tags = 'tags: { "AWS:foo": bar, Alerts: "#team-alerts" }';
  const found = validate({ [APP_PROD]: appProd('accountName: 7', tags) });
  expect(found.map((diagnostic) => [diagnostic.rule, diagnostic.line])).toEqual(
    expect.arrayContaining([
      ['schema', 6],
      ['tag-limits', 5],
      ['tag-characters', 5],
    ]),
  );
});

describe('an accountName error says which of its rules it breaks', () => {
  test.each([
    [`Zoë ${'x'.repeat(51)}`, 'has "ë" (U+00EB), which is not printable ASCII'],
    ['Team <ops>', "has '<', which PutAccountName refuses, so vend could never rename the account to it or back"],
    ['x'.repeat(51), 'is 51 characters long, over 50'],
  ])('%s', (accountName, broken) => {
    expect(rulesOf({ [APP_PROD]: appProd(`accountName: '${accountName}'`) }, 'schema')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining(`'accountName' has an invalid value: it ${broken}.`),
      }),
    ]);
  });
});

describe('account emails follow the CreateAccount Email rules', () => {
  test.each(['a%b@example.com', '.alice@example.com', 'alice@-example.com', 'alice@example-.com'])(
    '%s is refused at the email, before CreateAccount could refuse it',
    (email) => {
      expect(rulesOf({ [APP_PROD]: appProd().replace('aws+app-prod@example.com', email) }, 'schema')).toEqual([
        expect.objectContaining({ line: 2, column: 8 }),
      ]);
    },
  );
});

describe('SCP descriptions fit CreatePolicy Description (512 characters)', () => {
  const described = (description: string) =>
    withOrganization('description: Members cannot leave', `description: "${description}"`);

  test('513 characters are refused at the description; 512 fit', () => {
    const line = lineOf(ORGANIZATION, 'description: Members cannot leave');
    const column = columnOf(ORGANIZATION.split('\n')[line - 1]!, 'description:') + 'description: '.length;
    expect(rulesOf(described('x'.repeat(513)), 'scp-description')).toEqual([
      expect.objectContaining({ file: ORGANIZATION_FILE, line, column, message: expect.stringContaining('513') }),
    ]);
    expect(validate(described('x'.repeat(512)))).toEqual([]);
  });
});

describe('region codes are real AWS Regions', () => {
  test('a code shaped like a Region but not one is refused where it is written, with Regions like it', () => {
    const found = rulesOf({ [APP_PROD]: appProd('regions: [us-east-1, eu-west-9]\n') }, 'aws-region');
    expect(found).toEqual([
      expect.objectContaining({ file: APP_PROD, line: 6, column: 22, message: expect.stringContaining('eu-west-1') }),
    ]);
    // allowed-regions stays quiet: the code is wrong, not merely unapproved.
    expect(rulesOf({ [APP_PROD]: appProd('regions: [eu-west-9]\n') }, 'allowed-regions')).toEqual([]);
  });

  test.each([
    ['homeRegion', 'homeRegion: us-east-1', 'homeRegion: us-east-7', 'us-east-7'],
    [
      'allowedRegions',
      'allowedRegions: [us-east-1, eu-west-1]',
      'allowedRegions: [us-east-1, eu-west-1, eu-west-9]',
      'eu-west-9',
    ],
    ['defaultRegions', 'defaultRegions: [us-east-1]', 'defaultRegions: [us-east-1, ap-nowhere-1]', 'ap-nowhere-1'],
    ['a baseline', 'regions: [us-east-1]\n  roles:', 'regions: [us-east-9]\n  roles:', 'us-east-9'],
  ])('in %s', (_where, from, to, region) => {
    const edits = withOrganization(from, to);
    const text = edits[ORGANIZATION_FILE];
    const found = rulesOf(edits, 'aws-region');
    const line = lineOf(text, region);
    expect(found).toEqual([
      expect.objectContaining({ file: ORGANIZATION_FILE, line, column: columnOf(text.split('\n')[line - 1]!, region) }),
    ]);
  });

  test('a Region of another partition than homeRegion is refused', () => {
    const edits = withOrganization(
      'allowedRegions: [us-east-1, eu-west-1]',
      'allowedRegions: [us-east-1, eu-west-1, cn-north-1]',
    );
    expect(rulesOf(edits, 'aws-region')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('is in the aws-cn partition, but homeRegion us-east-1 is in aws'),
      }),
    ]);
  });

  test('Regions newer than botocore, and the European Sovereign Cloud, are known', () => {
    expect(AWS_REGIONS['me-west-1']?.partition).toBe('aws');
    expect(AWS_REGIONS['sa-west-1']?.partition).toBe('aws');
    expect(AWS_REGIONS['eusc-de-east-1']?.partition).toBe('aws-eusc');
    expect(AWS_REGIONS['aws-global']).toBeUndefined();
    expect(
      validate({ [APP_PROD]: appProd('regions: [me-west-1]\n') })
        .filter((d) => d.severity === 'error')
        .map((d) => d.rule),
    ).toEqual(['allowed-regions']);
  });

  test('an opt-in Region an account deploys to warns that it must be enabled first; allowedRegions alone does not', () => {
    const found = validate({
      [APP_PROD]: appProd('regions: [af-south-1]\n'),
      ...withOrganization(
        'allowedRegions: [us-east-1, eu-west-1]',
        'allowedRegions: [us-east-1, eu-west-1, af-south-1, me-central-1]',
      ),
    }).filter((d) => d.rule === 'aws-region');
    expect(found).toEqual([
      expect.objectContaining({
        file: APP_PROD,
        severity: 'warning',
        message: expect.stringMatching(
          /^'af-south-1' \(Africa \(Cape Town\)\) is an opt-in Region, disabled by default/,
        ),
      }),
    ]);
  });

  test("every known Region passes the schemas' region pattern", () => {
    const pattern = new RegExp(organizationSchema.$defs.region.pattern);
    expect(Object.keys(AWS_REGIONS).filter((code) => !pattern.test(code))).toEqual([]);
  });

  test('the Region list matches the installed @aws-sdk/core; run npm run generate:regions if not', async () => {
    const core = join(REPOSITORY_ROOT, 'node_modules/@aws-sdk/core/');
    const file = 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js';
    const { partitionsInfo } = (await import(pathToFileURL(core + file).href)) as {
      partitionsInfo: { partitions: { id: string; regions: Record<string, { description: string }> }[] };
    };
    const installed = Object.fromEntries(
      partitionsInfo.partitions.flatMap(({ id, regions }) =>
        Object.entries(regions)
          .filter(([code]) => !code.endsWith('-global'))
          .map(([code, { description }]) => [code, { partition: id, description }]),
      ),
    );
    expect(AWS_REGIONS).toEqual(installed);
    const { version } = JSON.parse(readFileSync(`${core}package.json`, 'utf8')) as { version: string };
    expect(readFileSync(new URL('../../src/config/aws-regions.ts', import.meta.url), 'utf8')).toContain(
      `core ${version}`,
    );
  });
});

describe('duplicate names and emails are reported at every file that shares them', () => {
  const copy = (name: string, email = `aws+${name}@example.com`) =>
    appProd().replace('name: app-prod', `name: ${name}`).replace('aws+app-prod@example.com', email);

  test('the file that sorts first gets the error too, so a pull request adding either file sees it', () => {
    const found = rulesOf(
      { 'accounts/aa-app.yaml': copy('aa-app', 'AWS+App-Prod@Example.com') },
      'unique-account-email',
    );
    expect(found).toEqual([
      expect.objectContaining({
        file: 'accounts/aa-app.yaml',
        line: 2,
        message: expect.stringContaining('accounts/app-prod.yaml'),
      }),
      expect.objectContaining({ file: APP_PROD, line: 2, message: expect.stringContaining('accounts/aa-app.yaml') }),
    ]);
  });

  test('three accounts with one name each name the other two', () => {
    const found = rulesOf(
      {
        'accounts/aa-app.yaml': copy('app-prod', 'aws+aa@example.com'),
        'accounts/zz-app.yaml': copy('app-prod', 'aws+zz@example.com'),
      },
      'unique-account-name',
    );
    expect(found.map((diagnostic) => diagnostic.file)).toEqual([
      'accounts/aa-app.yaml',
      APP_PROD,
      'accounts/zz-app.yaml',
    ]);
    expect(found[1]!.message).toContain('accounts/aa-app.yaml, accounts/zz-app.yaml');
  });

  test("an accountName that is another account's name in AWS is a warning at both, case-insensitively", () => {
    const text = `${copy('app-two')}accountName: App-Prod\n`;
    expect(rulesOf({ 'accounts/app-two.yaml': text }, 'unique-account-name')).toEqual([
      expect.objectContaining({
        file: APP_PROD,
        line: 1,
        column: 7,
        severity: 'warning',
        message: expect.stringContaining("'app-prod', is also the AWS name in accounts/app-two.yaml (accountName)"),
      }),
      expect.objectContaining({
        file: 'accounts/app-two.yaml',
        line: lineOf(text, 'accountName'),
        column: 14,
        severity: 'warning',
        message: expect.stringContaining('accounts/app-prod.yaml (name)'),
      }),
    ]);
  });

  test('two accountNames alike are warned about, as AWS allows them; distinct ones, and an accountName equal to its own name, pass', () => {
    const named = (name: string, accountName: string) => `${copy(name)}accountName: ${accountName}\n`;
    const twoAlike = {
      'accounts/app-two.yaml': named('app-two', 'Shared'),
      'accounts/app-three.yaml': named('app-three', 'shared'),
    };
    expect(rulesOf(twoAlike, 'unique-account-name').map((diagnostic) => diagnostic.file)).toEqual([
      'accounts/app-three.yaml',
      'accounts/app-two.yaml',
    ]);
    const distinct = {
      'accounts/app-two.yaml': named('app-two', 'App Two'),
      [APP_PROD]: `${appProd()}accountName: app-prod\n`,
    };
    expect(validate(distinct)).toEqual([]);
  });

  test('a manifest whose name is both a duplicate name and a duplicate AWS name is told once, with the error', () => {
    const found = rulesOf(
      {
        'accounts/aa-app.yaml': copy('app-prod', 'aws+aa@example.com'),
        'accounts/app-two.yaml': `${copy('app-two')}accountName: app-prod\n`,
      },
      'unique-account-name',
    );
    expect(found.map((diagnostic) => diagnostic.file)).toEqual([
      'accounts/aa-app.yaml',
      APP_PROD,
      'accounts/app-two.yaml',
    ]);
    expect(found.map((diagnostic) => diagnostic.severity)).toEqual(['error', 'error', 'warning']);
    expect(found[1]!.message).toBe(
      "account name 'app-prod' is also used by accounts/aa-app.yaml; every account needs its own name, so choose another.",
    );
    expect(found[2]!.message).toContain('accounts/aa-app.yaml (name), accounts/app-prod.yaml (name)');
  });
});

describe('quotas are data that organization.yaml can override', () => {
  test("the schema offers exactly the quotas of the table, each bounded by its maximum, naming today's AWS value", () => {
    const properties = organizationSchema.properties.quotas.properties as Record<
      string,
      { maximum: number; description: string }
    >;
    expect(Object.keys(properties).sort()).toEqual(Object.keys(QUOTAS).sort());
    for (const [name, quota] of Object.entries(QUOTAS)) {
      expect(properties[name]!.maximum).toBe(quota.maximum);
      // What an editor shows beside the setting: an old value there invites an override AWS no longer has.
      expect(properties[name]!.description).toMatch(/AWS (default|value): [\d,]+\./);
      expect(properties[name]!.description).toContain(`: ${quota.default.toLocaleString('en-US')}.`);
      expect(quota.default).toBeLessThanOrEqual(quota.maximum);
    }
  });

  test("the README's Quotas table gives each quota's AWS value and why only AWS changes it", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const [name, quota] of Object.entries(QUOTAS)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      expect(row).toContain(`| ${quota.default.toLocaleString('en-US')} `);
      expect(row).toContain(`| ${quota.fixedBy} `);
    }
  });

  test('today: 10 SCPs per target and 10,240 per policy, from the AWS quotas page', () => {
    expect(QUOTAS.scpsPerTarget.default).toBe(10);
    expect(QUOTAS.scpSize.default).toBe(10_240);
    expect(QUOTAS.scpsPerTarget.source).toBe(
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_reference_limits.html',
    );
  });

  test('an override applies to validate and reaches the desired state the plan uses', () => {
    const overridden = withOrganization('root:\n', 'quotas: { scpsPerTarget: 1 }\nroot:\n');
    // The root and Workloads each carry deny-leave and FullAWSAccess: two, over a quota of one.
    expect(rulesOf(overridden, 'scp-attachment-limit').map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringContaining(
        // The limit is the repository's, and the message says so rather than passing it off as AWS's.
        'the root would have 2 SCPs attached counting FullAWSAccess; the override quotas.scpsPerTarget in baselines/organization.yaml allows 1 (AWS: 10)',
      ),
      expect.stringContaining("OU 'Workloads' would have 2 SCPs"),
    ]);
    // The root has no parent OU to take some over; an OU does.
    expect(
      rulesOf(overridden, 'scp-attachment-limit').map((diagnostic) => diagnostic.message.split('. ').at(-1)),
    ).toEqual(['Merge policies into fewer SCPs.', 'Merge policies or move some to a parent OU.']);
    // Where FullAWSAccess is not declared, the count does not hold it, and the message does not say it does.
    const withoutFullAccess = withOrganization(
      'root:\n  scps: [deny-leave]\n',
      'quotas: { scpsPerTarget: 1 }\nroot:\n  fullAWSAccess: false\n  scps: [deny-leave, deny-leave-copy]\n',
    );
    expect(
      rulesOf(withoutFullAccess, 'scp-attachment-limit').map((diagnostic) => diagnostic.message.split(';')[0]),
    ).toEqual(expect.arrayContaining(['the root would have 2 SCPs attached']));
    const raised = withOrganization('root:\n', 'quotas: { scpsPerTarget: 12 }\nroot:\n');
    const { desired } = loadRepository(fixtureRepository(raised), { now: NOW });
    expect(desired?.organization.quotas).toEqual({
      ...Object.fromEntries(Object.entries(QUOTAS).map(([name, quota]) => [name, quota.default])),
      scpsPerTarget: 12,
    });
  });

  test('an override above the AWS value is a warning that says only AWS raises it; a lower one, that validate refuses what AWS accepts', () => {
    const edits = withOrganization('root:\n', 'quotas:\n  templateBodySize: 1048576\n  scpsPerTarget: 3\nroot:\n');
    const warnings = rulesOf(edits, 'quota-override');
    expect(warnings).toEqual([
      expect.objectContaining({
        file: ORGANIZATION_FILE,
        line: lineOf(edits[ORGANIZATION_FILE], 'templateBodySize'),
        severity: 'warning',
        message: expect.stringContaining(
          "quotas.templateBodySize raises the bytes of one baseline template, sent as TemplateBody, from AWS's 51,200 to 1,048,576. Only AWS changes this limit (API constraint: the TemplateBody member of CreateStackSet and UpdateStackSet): if it has not raised it, the check is off and AWS refuses in apply instead",
        ),
      }),
      expect.objectContaining({
        line: lineOf(edits[ORGANIZATION_FILE], 'scpsPerTarget'),
        severity: 'warning',
        message: expect.stringContaining(
          "quotas.scpsPerTarget lowers the SCPs attached directly to one root, OU or account, counting FullAWSAccess, from AWS's 10 to 3: validate now refuses what AWS accepts",
        ),
      }),
    ]);
    expect(loadRepository(fixtureRepository(edits), { now: NOW }).desired).toBeDefined();
  });

  test.each([
    ['scpsPerTarget: 0', '0', 'must be >= 1'],
    ['scpsPerTarget: 101', '101', 'must be <= 100'],
    ['scpsPerTarget: 2.5', '2.5', 'must be an integer'],
    ['scpPerTarget: 11', 'scpPerTarget', "unknown key 'scpPerTarget'"],
  ])('the override %s is refused at its line', (override, at, message) => {
    const edits = withOrganization('root:\n', `quotas:\n  ${override}\nroot:\n`);
    const line = lineOf(edits[ORGANIZATION_FILE], override);
    expect(rulesOf(edits, 'schema')).toEqual([
      expect.objectContaining({
        file: ORGANIZATION_FILE,
        line,
        column: columnOf(`  ${override}`, at),
        message: expect.stringContaining(message),
      }),
    ]);
  });
});
