import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';
import { validate } from '../support/validate-fixtures.js';

// Amazon S3 User Guide, "General purpose bucket naming rules": bucket names are unique across all accounts and
// Regions of a partition. The minimal fixture deploys baseline regional to sandbox-one in us-east-1 and eu-west-1.
afterAll(removeFixtureRepositories);

const FILE = 'baselines/stacksets/regional.yaml';
const bucket = (name: string) =>
  `Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: ${name}\n`;
const findings = (edits: Record<string, string>) =>
  validate(edits)
    .filter((diagnostic) => diagnostic.rule === 'template-resource' && diagnostic.file === FILE)
    .map(({ line, column, message }) => ({ line, column, message }));

test('a bucket name that is the same in every stack of a baseline with two instances is refused at the name', () => {
  expect(findings({ [FILE]: bucket('acme-central-logs') })).toEqual([
    {
      line: 5,
      column: 19,
      message: expect.stringMatching(
        /^BucketName 'acme-central-logs' is the same in every stack, and baseline regional deploys 2 stack instances \(1 account, 2 Regions\); .*BucketAlreadyExists/,
      ),
    },
  ]);
  expect(findings({ [FILE]: bucket("!Sub 'acme-central-logs'") })).toHaveLength(1);
});

test('a fixed name on a bucket under a Condition, which one stack alone may create, passes', () => {
  const body = `Parameters:\n  Home: { Type: String, Default: "111111111111" }\nConditions:\n  IsHome: !Equals [!Ref AWS::AccountId, !Ref Home]\n${bucket('acme-central-logs').replace('    Type: AWS::S3::Bucket\n', '    Type: AWS::S3::Bucket\n    Condition: IsHome\n')}`;
  expect(findings({ [FILE]: body })).toEqual([]);
});

test('a name with the account and Region in it, a parameter, or one instance only passes', () => {
  expect(findings({ [FILE]: bucket("!Sub 'acme-logs-${AWS::AccountId}-${AWS::Region}'") })).toEqual([]);
  expect(
    findings({
      [FILE]: `Parameters:\n  Name: { Type: String }\n${bucket('!Ref Name')}`,
    }),
  ).toEqual([]);
  expect(
    findings({
      [FILE]: bucket('acme-central-logs'),
      'accounts/sandbox-one.yaml':
        'name: sandbox-one\nemail: aws+sandbox-one@example.com\nou: Sandbox\nowner: team-app\ntags: { CostCenter: "100" }\nregions: [us-east-1]\nbaselines: [regional]\n',
    }),
  ).toEqual([]);
});

// CloudFormation User Guide, "Outputs": "For each AWS account, Export names must be unique within a Region". In the
// minimal fixture app-prod receives permissions-boundary and roles, both in us-east-1.
test('an export name two baselines share in one account and Region is refused at the second', () => {
  const fixture = (file: string) =>
    readFileSync(join(MINIMAL_REPOSITORY, 'baselines/stacksets', file), 'utf8').trimEnd();
  const exporting = (file: string, name: string) =>
    `${fixture(file)}\nOutputs:\n  Shared:\n    Value: x\n    Export:\n      Name: ${name}\n`;
  const exportFindings = (edits: Record<string, string>) =>
    validate(edits)
      .filter((diagnostic) => diagnostic.message.startsWith('export '))
      .map(({ file, message }) => ({ file, message }));
  expect(
    exportFindings({
      'baselines/stacksets/permissions-boundary.yaml': exporting('permissions-boundary.yaml', 'vend-shared'),
      'baselines/stacksets/roles.yaml': exporting('roles.yaml', 'vend-shared'),
    }),
  ).toEqual([
    {
      file: 'baselines/stacksets/roles.yaml',
      message: expect.stringMatching(
        /^export 'vend-shared' is also exported by output 'Shared' of baseline permissions-boundary \(baselines\/stacksets\/permissions-boundary.yaml\), and account app-prod receives both in us-east-1;/,
      ),
    },
  ]);
  // A name made the stack's own differs per baseline.
  expect(
    exportFindings({
      'baselines/stacksets/permissions-boundary.yaml': exporting(
        'permissions-boundary.yaml',
        "!Sub '${AWS::StackName}-x'",
      ),
      'baselines/stacksets/roles.yaml': exporting('roles.yaml', "!Sub '${AWS::StackName}-x'"),
    }),
  ).toEqual([]);
});

// Each name is read per stack instance, with that instance's account, Region and parameter values: a name that
// differs by account but not by Region still collides in one account's two Regions (S3 User Guide, as above).
test('a bucket name that varies by account alone, in a baseline deployed to two Regions, is refused at the name', () => {
  for (const [name, column] of [
    ["!Sub 'artifacts-${AWS::AccountId}'", 24],
    ["!Join ['-', [artifacts, !Ref 'AWS::AccountId']]", 25],
  ] as const)
    expect(findings({ [FILE]: bucket(name) })).toEqual([
      {
        line: 5,
        column,
        message: expect.stringMatching(
          /^BucketName is 'artifacts-<account id of sandbox-one>' in account sandbox-one in us-east-1 and again in account sandbox-one in eu-west-1; S3 bucket names are unique .* BucketAlreadyExists .*Put \$\{AWS::AccountId\} and \$\{AWS::Region\} in the name/,
        ),
      },
    ]);
});

const appProdWithRegional =
  'name: app-prod\nemail: aws+app-prod@example.com\nou: Workloads/Prod\nowner: team-app\ntags: { CostCenter: "100" }\nbaselines: [regional]\n';

test('a bucket name that varies by Region alone, in a baseline two accounts receive, is refused', () => {
  expect(
    findings({ [FILE]: bucket("!Sub 'org-logs-${AWS::Region}'"), 'accounts/app-prod.yaml': appProdWithRegional }),
  ).toEqual([
    {
      line: 5,
      column: 24,
      message: expect.stringContaining(
        "BucketName is 'org-logs-us-east-1' in account app-prod in us-east-1 and again in account sandbox-one in us-east-1;",
      ),
    },
  ]);
});

test('a bucket name from a parameter every instance gets the same value of is refused, naming where it is set', () => {
  const template = `Parameters:\n  Name: { Type: String, Default: acme-artifacts }\n${bucket('!Ref Name')}`;
  expect(findings({ [FILE]: template }).map(({ message }) => message)).toEqual([
    expect.stringContaining(
      `BucketName is 'acme-artifacts' (Name from its Default in ${FILE}) in account sandbox-one in us-east-1 and again in account sandbox-one in eu-west-1;`,
    ),
  ]);
  // An override per account does not part one account's two Regions; one per Region cannot be written.
  const overridden = validate({
    [FILE]: template,
    'accounts/sandbox-one.yaml': `${readFileSync(join(MINIMAL_REPOSITORY, 'accounts/sandbox-one.yaml'), 'utf8')}parameters: { regional: { Name: sandbox-artifacts } }\n`,
  }).filter((diagnostic) => diagnostic.rule === 'template-resource');
  expect(overridden.map(({ message }) => message)).toEqual([
    expect.stringContaining("'sandbox-artifacts' (Name from accounts/sandbox-one.yaml)"),
  ]);
});

test('names each instance makes its own, or that only AWS knows, pass', () => {
  for (const name of [
    "!Sub 'artifacts-${AWS::AccountId}-${AWS::Region}'",
    "!Join ['-', [artifacts, !GetAtt Other.Arn]]",
    "!Sub 'artifacts-${AWS::Region}'",
  ])
    expect(findings({ [FILE]: bucket(name) })).toEqual([]);
});

// Names unique in an account's Region (CloudWatch Logs CreateLogGroup, Systems Manager "Creating Parameter Store
// parameters", KMS CreateAlias…): two resources taking one, in a template or in two baselines an account receives in
// the same Region, fail "already exists" in the second.
test('two resources taking one Region-scoped name in an account are refused at the second', () => {
  const parameter = (id: string, name: string) =>
    `  ${id}:\n    Type: AWS::SSM::Parameter\n    Properties:\n      Type: String\n      Value: x\n      Name: ${name}\n`;
  expect(
    findings({ [FILE]: `Resources:\n${parameter('First', '/org/fixed')}${parameter('Second', '/org/fixed')}` }),
  ).toEqual([
    {
      line: 13,
      column: 13,
      message: expect.stringMatching(
        /^Name is '\/org\/fixed' in account sandbox-one in us-east-1, where 'First' of baseline regional takes it too; Parameter Store names are unique in an account’s Region, so the second stack fails with ParameterAlreadyExists when apply deploys it\. Give one of them another name, or leave Name out/,
      ),
    },
  ]);
  // The same name in different Regions, or named per stack, passes.
  expect(
    findings({
      [FILE]: `Resources:\n${parameter('First', '/org/fixed')}${parameter('Second', "!Sub '/org/${AWS::StackName}'")}`,
    }),
  ).toEqual([]);
  const logGroup = `  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      LogGroupName: /org/audit\n`;
  const withLogGroup = (file: string) =>
    `${readFileSync(join(MINIMAL_REPOSITORY, file), 'utf8').trimEnd()}\n${logGroup}`;
  expect(
    validate({
      'baselines/stacksets/permissions-boundary.yaml': withLogGroup('baselines/stacksets/permissions-boundary.yaml'),
      'baselines/stacksets/roles.yaml': withLogGroup('baselines/stacksets/roles.yaml'),
    })
      .filter((diagnostic) => diagnostic.rule === 'template-resource')
      .map(({ file, message }) => ({ file, message })),
  ).toEqual([
    {
      file: 'baselines/stacksets/roles.yaml',
      message: expect.stringContaining(
        "LogGroupName is '/org/audit' in account app-prod in us-east-1, where 'Logs' of baseline permissions-boundary (baselines/stacksets/permissions-boundary.yaml) takes it too;",
      ),
    },
  ]);
});

// CloudWatch PutMetricAlarm and Config PutConfigRule update by name; CloudTrail CreateTrail, ECR CreateRepository
// and the others refuse an existing name: either way two stacks must not share one.
test('alarms, trails, repositories and the other Region-scoped names collide as parameters do', () => {
  const two = (type: string, property: string) =>
    `Resources:\n  First:\n    Type: ${type}\n    Properties:\n      ${property}: org-shared\n  Second:\n    Type: ${type}\n    Properties:\n      ${property}: org-shared\n`;
  expect(findings({ [FILE]: two('AWS::CloudWatch::Alarm', 'AlarmName') }).map(({ message }) => message)).toEqual([
    expect.stringContaining(
      'alarm names are unique in an account’s Region, so the second stack fails as already existing, or rewrites the first stack’s alarm (PutMetricAlarm updates an alarm by name) when apply deploys it',
    ),
  ]);
  for (const [type, property] of [
    ['AWS::ECR::Repository', 'RepositoryName'],
    ['AWS::CloudTrail::Trail', 'TrailName'],
    ['AWS::SQS::Queue', 'QueueName'],
  ])
    // Schema warnings for properties these types require are beside the point here.
    expect(findings({ [FILE]: two(type!, property!) }).filter(({ message }) => message.includes(' is '))).toEqual([
      expect.objectContaining({ line: 9, message: expect.stringContaining(`${property} is 'org-shared'`) }),
    ]);
});

// Amazon S3 User Guide, "General purpose bucket naming rules": 3 to 63 characters, lower-case letters, digits, dots
// and hyphens. A name read per instance is held to them with the account id's twelve digits and the Region in it.
test('a bucket name S3 would refuse in some instance is refused, as read with its account id and Region', () => {
  const rules = (name: string) =>
    findings({ [FILE]: bucket(name) })
      .filter(({ message }) => message.includes('naming rules'))
      .map(({ message }) => message.slice(0, message.indexOf(' (Amazon S3')));
  expect(rules("!Sub 'Artifacts-${AWS::AccountId}-${AWS::Region}'")).toEqual([
    "BucketName 'Artifacts-<account id of sandbox-one>-us-east-1' in account sandbox-one in us-east-1 has 'A'; S3 takes only lower-case letters, digits, dots and hyphens",
  ]);
  expect(rules(`!Sub '${'a'.repeat(45)}-\${AWS::AccountId}-\${AWS::Region}'`)).toEqual([
    `BucketName '${'a'.repeat(45)}-<account id of sandbox-one>-us-east-1' in account sandbox-one in us-east-1 is 68 characters; S3 takes 3 to 63`,
  ]);
  // A stack's own name is StackSet-<name>-<id>: upper-case letters S3 refuses.
  expect(rules("!Sub '${AWS::StackName}-logs'")).toEqual([
    "BucketName '<stack name>-logs' in account sandbox-one in us-east-1 has 'S'; S3 takes only lower-case letters, digits, dots and hyphens",
  ]);
  expect(rules("!Sub 'artifacts-${AWS::AccountId}-${AWS::Region}'")).toEqual([]);
});
