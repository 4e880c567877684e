import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';
import { lineOf, validate, withOrganization } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

const REGIONAL = 'baselines/stacksets/regional.yaml';
const SANDBOX = 'accounts/sandbox-one.yaml';
const regional = readFileSync(join(MINIMAL_REPOSITORY, REGIONAL), 'utf8');
const sandbox = readFileSync(join(MINIMAL_REPOSITORY, SANDBOX), 'utf8');
const rulesOf = (edits: Record<string, string | null>, rule: string) =>
  validate(edits).filter((diagnostic) => diagnostic.rule === rule);
const errorsOf = (edits: Record<string, string | null>, rule: string) =>
  rulesOf(edits, rule).filter((diagnostic) => diagnostic.severity === 'error');

describe('templates fit what CloudFormation accepts in TemplateBody', () => {
  const padded = (bytes: number) => {
    const text = `${regional}Metadata:\n  Padding: "`;
    return `${text}${'x'.repeat(bytes - text.length - 2)}"\n`;
  };

  test('51,200 bytes fit; one more is refused at the template, pointing at TemplateURL', () => {
    expect(validate({ [REGIONAL]: padded(51_200) })).toEqual([]);
    expect(rulesOf({ [REGIONAL]: padded(51_201) }, 'template-limits')).toEqual([
      expect.objectContaining({
        file: REGIONAL,
        line: 1,
        column: 1,
        message: expect.stringMatching(/51,201 bytes; CloudFormation allows 51,200 in TemplateBody.*TemplateURL/),
      }),
    ]);
  });

  test('a quota override raises the limit, for when AWS does', () => {
    const raised = withOrganization('root:\n', 'quotas: { templateBodySize: 60000 }\nroot:\n');
    // The template passes; the override itself stays a warning (quota-override), for the reviewer to question.
    expect(validate({ ...raised, [REGIONAL]: padded(51_201) })).toEqual([
      expect.objectContaining({ rule: 'quota-override', severity: 'warning' }),
    ]);
  });

  test('a template Description over 1,024 bytes and a parameter Description over 4,000 characters are refused there', () => {
    const text = regional
      .replace('Parameters:', `Description: "${'é'.repeat(513)}"\nParameters:`)
      .replace(/Description: Display name.*/, `Description: "${'d'.repeat(4001)}"`);
    expect(rulesOf({ [REGIONAL]: text }, 'template-limits').map((d) => [d.line, d.column])).toEqual([
      [2, 14],
      [7, 18],
    ]);
  });
});

describe('templates declare at most 500 resources, 200 outputs and 200 mappings', () => {
  const topics = (count: number) =>
    Array.from({ length: count }, (_, index) => `  Topic${index}:\n    Type: AWS::SNS::Topic\n`).join('');
  const section = (name: string, count: number, entry: (index: number) => string) =>
    `${name}:\n${Array.from({ length: count }, (_, index) => entry(index)).join('')}`;
  const outputs = (count: number) => section('Outputs', count, (index) => `  Out${index}: { Value: x }\n`);
  const mappings = (count: number) => section('Mappings', count, (index) => `  Map${index}: { k: { v: x } }\n`);

  test('at the quotas the template passes', () => {
    const text = `${regional}${topics(498)}${outputs(200)}${mappings(200)}`;
    expect(validate({ [REGIONAL]: text })).toEqual([]);
  });

  test('one more of each is refused at its section, naming the quota', () => {
    const text = `${regional}${topics(499)}${outputs(201)}${mappings(201)}`;
    expect(rulesOf({ [REGIONAL]: text }, 'template-limits')).toEqual([
      expect.objectContaining({
        line: lineOf(text, 'Resources:'),
        column: 1,
        message: expect.stringContaining('501 resources; CloudFormation allows 500 (quota resourcesPerTemplate)'),
      }),
      expect.objectContaining({
        line: lineOf(text, 'Outputs:'),
        message: expect.stringContaining('201 outputs; CloudFormation allows 200 (quota outputsPerTemplate)'),
      }),
      expect.objectContaining({
        line: lineOf(text, 'Mappings:'),
        message: expect.stringContaining('201 mappings; CloudFormation allows 200 (quota mappingsPerTemplate)'),
      }),
    ]);
  });

  test('the sections are counted whatever else the template lacks, such as Parameters', () => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${topics(501)}`;
    expect(rulesOf({ [REGIONAL]: text }, 'template-limits')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('501 resources') }),
    ]);
  });
});

describe('parameter values are checked against the quota and the template declaration', () => {
  const declared = regional.replace(
    / {2}TopicDisplayName:[\s\S]*?(?=Resources:)/,
    [
      '  TopicDisplayName:',
      '    Type: String',
      '    Default: vend alerts',
      "    AllowedPattern: '[a-z ]{1,20}'",
      '  RetentionDays:',
      '    Type: Number',
      '    Default: 30',
      '    MinValue: 1',
      '    MaxValue: 3650',
      '  Tier:',
      '    Type: String',
      '    Default: standard',
      '    AllowedValues: [standard, premium]',
      '  Retries:',
      '    Type: Number',
      '    Default: 3',
      "    MinValue: '1'",
      "    MaxValue: '5'",
      '  Label:',
      '    Type: String',
      '    Default: ops',
      "    MinLength: '2'",
      '    MaxLength: "8"',
      '  Ports:',
      '    Type: List<Number>',
      "    Default: '80,443'",
      '  Tiers:',
      '    Type: CommaDelimitedList',
      '    Default: standard',
      '    AllowedValues: [standard, premium]',
      '  Cidrs:',
      '    Type: CommaDelimitedList',
      "    Default: '10.0.0.0/8'",
      "    AllowedPattern: '\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+'",
      '  Tokens:',
      '    Type: CommaDelimitedList',
      '    NoEcho: true',
      '    Default: abc',
      "    AllowedPattern: '[a-z]+'",
      // Java's character properties: JavaScript without the u flag reads p{L} literally, so it is left to AWS.
      '  Team:',
      '    Type: String',
      '    Default: ops',
      "    AllowedPattern: '[\\p{L}\\p{N}-]+'",
      '  Union:',
      '    Type: String',
      '    Default: abc',
      "    AllowedPattern: '[a-z[0-9]]+'",
      '  Spaced:',
      '    Type: String',
      '    Default: ab',
      "    AllowedPattern: '[^\\s]+'",
      // AWS-specific types: CloudFormation checks them in each account as it deploys; their shape is known offline.
      '  Vpc:',
      '    Type: AWS::EC2::VPC::Id',
      '    Default: vpc-0a1b2c3d',
      '  Subnets:',
      '    Type: List<AWS::EC2::Subnet::Id>',
      "    Default: 'subnet-0123456789abcdef0'",
      '  Latest:',
      '    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>',
      '    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
      '',
    ].join('\n'),
  );
  const override = (parameter: string, value: string) =>
    `${sandbox}parameters:\n  regional:\n    ${parameter}: ${JSON.stringify(value)}\n`;

  test.each([
    ['TopicDisplayName', 'Vend Alerts!', 'does not match its AllowedPattern [a-z ]{1,20}'],
    ['RetentionDays', 'ninety', 'is not a decimal number, but the parameter has Type Number'],
    // JavaScript reads these as numbers; CloudFormation's Number is decimal.
    ['RetentionDays', '0x7080', 'is not a decimal number, but the parameter has Type Number'],
    ['RetentionDays', '0b101', 'is not a decimal number, but the parameter has Type Number'],
    ['RetentionDays', 'Infinity', 'is not a decimal number, but the parameter has Type Number'],
    ['RetentionDays', '0', 'is below its MinValue 1'],
    ['Tier', 'gold', 'is not one of its AllowedValues (standard, premium)'],
    [
      'TopicDisplayName',
      'x'.repeat(4097),
      'is 4,097 bytes; CloudFormation allows 4,096 per parameter value (quota parameterValueSize)',
    ],
    // Bounds written as strings, as many templates do, are the numbers they hold.
    ['Retries', '0', 'is below its MinValue 1'],
    ['Retries', '6', 'is above its MaxValue 5'],
    ['Label', 'x', 'is 1 character, shorter than its MinLength 2'],
    ['Label', 'operations', 'is 10 characters, longer than its MaxLength 8'],
    // A list is checked member by member, each space-trimmed.
    [
      'Ports',
      '80, https',
      "has the member 'https', which is not a decimal number, but the parameter has Type List<Number>",
    ],
    ['Tiers', 'standard, gold', "has the member 'gold', which is not one of its AllowedValues (standard, premium)"],
    // The pattern holds each member of a CommaDelimitedList (User Guide, Parameters, AllowedPattern).
    [
      'Cidrs',
      '10.0.0.0/8, also-bad',
      "has the member 'also-bad', which does not match its AllowedPattern \\d+\\.\\d+\\.\\d+\\.\\d+/\\d+",
    ],
    [
      'Vpc',
      'subnet-1',
      'is not a VPC id (vpc- and 8 or 17 hexadecimal characters), as Type AWS::EC2::VPC::Id requires',
    ],
    [
      'Subnets',
      'subnet-0123456789abcdef0, sg-01234567',
      'has a member that is not a subnet id (subnet- and 8 or 17 hexadecimal characters), as Type List<AWS::EC2::Subnet::Id> requires',
    ],
    [
      'Latest',
      'not a valid name!!',
      'is not a Systems Manager parameter name (1-2048 of a-z A-Z 0-9 _ . - /), or a shared parameter’s ARN, as Type AWS::SSM::Parameter::Value<AWS::EC2::Image::Id> requires',
    ],
    // A NoEcho value is a secret: the annotation says which rule it breaks, never the member.
    [
      'Tokens',
      'abc, S3cr3t-Prod-Token',
      'has a member (NoEcho: not shown) which does not match its AllowedPattern [a-z]+',
    ],
  ])('%s = %j is refused at the value: it %s', (parameter, value, problem) => {
    const text = override(parameter, value);
    expect(errorsOf({ [REGIONAL]: declared, [SANDBOX]: text }, 'parameter-value')).toEqual([
      expect.objectContaining({
        file: SANDBOX,
        line: lineOf(text, `${parameter}:`),
        column: 7 + parameter.length,
        // The size quota is CloudFormation's, not the template's: no "as … declares it" there.
        message: `the value of parameter '${parameter}' ${problem}${problem.includes('parameterValueSize') ? '' : `, as ${REGIONAL} declares it`}; CloudFormation would refuse it only after apply has started. Fix the value.`,
      }),
    ]);
  });

  test.each([
    ['Retries', '5'],
    ['Label', 'on-call'],
    ['Ports', '80, 443,8080'],
    ['Tiers', 'premium, standard'],
    ['Cidrs', '10.0.0.0/8, 192.168.0.0/16'],
    ['Team', 'Zoë-team'],
    // Java reads [a-z[0-9]] as a union and \s as ASCII whitespace only; JavaScript reads both otherwise.
    ['Union', 'abc123'],
    ['Spaced', 'a\u00a0b'],
    ['Latest', '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64'],
    // A parameter shared from another account is referenced by its ARN (Systems Manager User Guide, "Working with
    // shared parameters").
    ['Latest', 'arn:aws:ssm:us-east-1:222222222222:parameter/golden/ami'],
  ])('%s = %j is within the declaration, bounds written as strings included, and passes', (parameter, value) => {
    const found = validate({ [REGIONAL]: declared, [SANDBOX]: override(parameter, value) });
    expect(found.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });

  test('an AllowedPattern validate cannot read as Java does is a warning at it: its values go to CloudFormation unchecked', () => {
    const warned = rulesOf({ [REGIONAL]: declared }, 'parameter-value').map((diagnostic) => [
      diagnostic.severity,
      diagnostic.line,
      diagnostic.message.split(':')[0],
    ]);
    expect(warned).toEqual(
      ['Team', 'Union', 'Spaced'].map((name) => [
        'warning',
        lineOf(declared, `  ${name}:`) + 3,
        `the AllowedPattern of parameter '${name}' is not checked by validate`,
      ]),
    );
  });

  test.each([
    ['\\e[a-z]+', 'Java reads \\e as ESC'],
    ['[a-z]+\\a', 'Java reads \\a as BEL'],
    ['\\u{41}', 'Java has no \\u{…}'],
    ['[a-z]+\\y', 'Java refuses \\y'],
  ])('an AllowedPattern %s is left to CloudFormation with a warning: %s', (pattern) => {
    const text = declared.replace("AllowedPattern: '[a-z ]{1,20}'", `AllowedPattern: '${pattern}'`);
    expect(
      rulesOf({ [REGIONAL]: text }, 'parameter-value').filter((diagnostic) =>
        diagnostic.message.startsWith("the AllowedPattern of parameter 'TopicDisplayName' is not checked"),
      ),
    ).toHaveLength(1);
  });

  test('an AllowedPattern matches code points, as Java does: one emoji is one character', () => {
    const emoji = (pattern: string, value: string) =>
      errorsOf(
        {
          [REGIONAL]: declared.replace("AllowedPattern: '[a-z ]{1,20}'", `AllowedPattern: '${pattern}'`),
          [SANDBOX]: override('TopicDisplayName', value),
        },
        'parameter-value',
      )
        .filter((diagnostic) => diagnostic.file === SANDBOX)
        .map((diagnostic) => diagnostic.message.split(',')[0]);
    expect(emoji('.{1,3}', '😀😀')).toEqual([]);
    expect(emoji('[^x]{2}', '😀')).toEqual([
      "the value of parameter 'TopicDisplayName' does not match its AllowedPattern [^x]{2}",
    ]);
  });

  test('a Default its own declaration refuses is reported at the Default: accounts without an override get it', () => {
    const badDefault = declared.replace('    Default: 30\n', '    Default: 9000\n');
    expect(badDefault).not.toBe(declared);
    expect(errorsOf({ [REGIONAL]: badDefault }, 'parameter-value')).toEqual([
      expect.objectContaining({
        file: REGIONAL,
        line: lineOf(badDefault, 'Default: 9000'),
        message: expect.stringContaining("the Default of parameter 'RetentionDays' is above its MaxValue 3650"),
      }),
    ]);
  });

  test('overrides for a baseline the account does not get are a warning at them: they would never be used', () => {
    // app-prod sits in Workloads, which deploys permissions-boundary and roles; regional it does not get.
    const APP_PROD = 'accounts/app-prod.yaml';
    const text = `${readFileSync(join(MINIMAL_REPOSITORY, APP_PROD), 'utf8')}parameters:\n  regional:\n    TopicDisplayName: ops\n`;
    expect(rulesOf({ [APP_PROD]: text }, 'parameter-reference')).toEqual([
      expect.objectContaining({
        file: APP_PROD,
        line: lineOf(text, 'regional:'),
        severity: 'warning',
        message: expect.stringContaining("overrides for baseline 'regional', which this account does not get"),
      }),
    ]);
  });

  test('values the declaration allows pass, in organization.yaml as in a manifest', () => {
    const edits = withOrganization(
      'template: stacksets/regional.yaml',
      'template: stacksets/regional.yaml\n    parameters: { TopicDisplayName: ops alerts, RetentionDays: "90", Tier: premium }',
    );
    const found = validate({ ...edits, [REGIONAL]: declared, [SANDBOX]: override('RetentionDays', '3650') });
    expect(found.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
  });
});

describe('operation preferences', () => {
  test('maxConcurrentCount and maxConcurrentPercentage together are refused at the second', () => {
    const edits = withOrganization(
      '  namePrefix: vend-\n',
      '  namePrefix: vend-\n  operationPreferences:\n    maxConcurrentCount: 5\n    maxConcurrentPercentage: 25\n',
    );
    expect(rulesOf(edits, 'operation-preferences')).toEqual([
      expect.objectContaining({
        line: lineOf(edits['baselines/organization.yaml'], 'maxConcurrentPercentage'),
        column: 5,
        message: expect.stringContaining('not both'),
      }),
    ]);
  });

  // API Reference, StackSetOperationPreferences, ConcurrencyMode: STRICT_FAILURE_TOLERANCE (the default) starts at
  // the lower of MaxConcurrentCount and FailureToleranceCount + 1; SOFT_FAILURE_TOLERANCE at MaxConcurrentCount.
  test.each([
    [
      'maxConcurrentCount: 10\n    failureToleranceCount: 0',
      'maxConcurrentCount',
      '10 accounts at a time',
      'one account at a time',
    ],
    [
      'maxConcurrentCount: 10\n    failureToleranceCount: 2',
      'maxConcurrentCount',
      '10 accounts at a time',
      '3 accounts at a time',
    ],
    [
      'maxConcurrentPercentage: 25',
      'maxConcurrentPercentage',
      '25% of the accounts at a time',
      'one account at a time',
    ],
    [
      'maxConcurrentPercentage: 50\n    failureTolerancePercentage: 10',
      'maxConcurrentPercentage',
      '50% of the accounts at a time',
      '10% of the accounts + 1 at a time',
    ],
    // The fixture declares 2 accounts: 10% of them, rounded down, tolerates none.
    [
      'maxConcurrentCount: 10\n    failureTolerancePercentage: 10',
      'maxConcurrentCount',
      '10 accounts at a time',
      '1 account at a time, at most',
    ],
  ])('%s warns that the default concurrency mode never reaches it', (preferences, key, asked, start) => {
    const edits = withOrganization(
      '  namePrefix: vend-\n',
      `  namePrefix: vend-\n  operationPreferences:\n    ${preferences}\n`,
    );
    expect(rulesOf(edits, 'operation-preferences')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: lineOf(edits['baselines/organization.yaml'], key),
        message: expect.stringMatching(
          new RegExp(
            `asks for ${asked.replace('+', '\\+')}, .* starts at ${start.replace('+', '\\+')} .*Set concurrencyMode: SOFT_FAILURE_TOLERANCE`,
          ),
        ),
      }),
    ]);
  });

  test.each([
    'maxConcurrentCount: 10\n    failureToleranceCount: 0\n    concurrencyMode: SOFT_FAILURE_TOLERANCE',
    'maxConcurrentCount: 3\n    failureToleranceCount: 2',
    'maxConcurrentCount: 1',
    'maxConcurrentPercentage: 10\n    failureTolerancePercentage: 10',
  ])('%s is reached, and says nothing', (preferences) => {
    const edits = withOrganization(
      '  namePrefix: vend-\n',
      `  namePrefix: vend-\n  operationPreferences:\n    ${preferences}\n`,
    );
    expect(rulesOf(edits, 'operation-preferences')).toEqual([]);
  });
});
