import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { lineOf, ORGANIZATION, validate } from '../support/validate-fixtures.js';

// IAM names are global to an account: "names must be unique within the account" (IAM User Guide, "IAM object
// quotas" and CreateRole's EntityAlreadyExists). A StackSet instance per Region makes the second Region's named role
// fail. In the minimal fixture, baseline regional sets no regions and goes to sandbox-one in us-east-1 and eu-west-1.
afterAll(removeFixtureRepositories);

const FILE = 'baselines/stacksets/regional.yaml';
const SANDBOX =
  'name: sandbox-one\nemail: aws+sandbox-one@example.com\nou: Sandbox\nowner: team-app\ntags: { CostCenter: "100" }\n';
const role = (name: string, extra = '') =>
  `${extra}Resources:\n  Auditor:\n    Type: AWS::IAM::Role\n${extra ? '    Condition: IsHomeRegion\n' : ''}    Properties:\n      RoleName: ${name}\n      PermissionsBoundary: !Sub arn:aws:iam::\${AWS::AccountId}:policy/vend-boundary\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: !Ref AWS::AccountId }\n            Action: sts:AssumeRole\n`;
const findings = (edits: Record<string, string>) =>
  validate(edits)
    .filter((diagnostic) => diagnostic.rule === 'template-named-iam-single-region')
    .map(({ file, line, column, message }) => ({ file, line, column, message }));

test('a named role in a baseline without regions, which an account receives in two regions, is refused', () => {
  expect(findings({ [FILE]: role('acme-auditor') })).toEqual([
    {
      file: 'baselines/organization.yaml',
      line: lineOf(ORGANIZATION, '  regional:'),
      column: 3,
      message: expect.stringContaining(
        'Auditor in baselines/stacksets/regional.yaml), and account sandbox-one receives it in 2 regions (us-east-1, eu-west-1)',
      ),
    },
  ]);
});

test('the same role passes when every account receiving the baseline has one region', () => {
  expect(
    findings({
      [FILE]: role('acme-auditor'),
      'accounts/sandbox-one.yaml': `${SANDBOX}regions: [eu-west-1]\nbaselines: [regional]\n`,
    }),
  ).toEqual([]);
});

test('a role named per Region, or created in one Region only under a Condition, passes in two regions', () => {
  expect(findings({ [FILE]: role("!Sub 'acme-auditor-${AWS::Region}'") })).toEqual([]);
  expect(findings({ [FILE]: role('!Join [-, [acme-auditor, !Ref AWS::Region]]') })).toEqual([]);
  expect(
    findings({
      [FILE]: role('acme-auditor', 'Conditions:\n  IsHomeRegion: !Equals [!Ref AWS::Region, us-east-1]\n'),
    }),
  ).toEqual([]);
});

// A condition on an environment parameter holds alike in every Region, and `${!AWS::Region}` is literal text: both
// leave the name the same in every Region, where AWS refuses the second role.
test('a condition that does not read the Region, or an escaped ${!AWS::Region}, exempts nothing', () => {
  expect(
    findings({
      [FILE]: role(
        'acme-auditor',
        'Parameters:\n  Env: { Type: String, Default: prod }\nConditions:\n  IsHomeRegion: !Equals [!Ref Env, prod]\n',
      ),
    }),
  ).toHaveLength(1);
  expect(findings({ [FILE]: role("!Sub 'acme-auditor-${!AWS::Region}'") })).toHaveLength(1);
});

test('a name given only where a Region condition holds, AWS::NoValue elsewhere, passes', () => {
  expect(
    findings({
      [FILE]: role(
        "!If [IsHome, acme-auditor, !Ref 'AWS::NoValue']",
        "Conditions:\n  InHome: !Equals [!Ref 'AWS::Region', us-east-1]\n  IsHome: !And [{ Condition: InHome }, !Equals [a, a]]\n",
      ).replace('    Condition: IsHomeRegion\n', ''),
    }),
  ).toEqual([]);
});

// One service-linked role per service in an account (IAM User Guide, "Using service-linked roles").
test('a service-linked role in a baseline an account gets in two regions is refused', () => {
  expect(
    findings({
      [FILE]:
        'Resources:\n  Scaling:\n    Type: AWS::IAM::ServiceLinkedRole\n    Properties:\n      AWSServiceName: autoscaling.amazonaws.com\n',
    }),
  ).toHaveLength(1);
});
