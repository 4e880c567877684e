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
