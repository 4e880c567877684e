import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { appProd, validate, withOrganization } from '../support/validate-fixtures.js';

// CloudFormation User Guide, "Rules": a stack whose parameter values break an assertion is refused when it is created
// or updated, in every stack instance. The minimal fixture deploys regional to sandbox-one; app-prod gets roles.
afterAll(removeFixtureRepositories);

const FILE = 'baselines/stacksets/roles.yaml';
const withRules = (rules: string) => ({
  [FILE]: `Parameters:\n  Stage: { Type: String, Default: prod }\n  Regions: { Type: CommaDelimitedList, Default: "us-east-1" }\n${rules}Resources:\n  Topic: { Type: AWS::SNS::Topic }\n`,
});
const assertionFindings = (edits: Record<string, string>) =>
  validate(edits)
    .filter((diagnostic) => diagnostic.rule === 'parameter-value' && diagnostic.message.includes('Rules'))
    .map(({ file, message }) => ({ file, message }));
const RULES = `Rules:\n  ProdOnly:\n    Assertions:\n      - Assert: !Equals [!Ref Stage, prod]\n        AssertDescription: Stage must be prod\n  KnownRegions:\n    RuleCondition: !Equals [!Ref Stage, prod]\n    Assertions:\n      - Assert: !EachMemberIn [!Ref Regions, [us-east-1, eu-west-1]]\n`;

test('values that hold every assertion pass, and a rule with a function vend cannot evaluate is left to CloudFormation', () => {
  expect(assertionFindings(withRules(RULES))).toEqual([]);
  expect(
    assertionFindings(
      withRules(`Rules:\n  Vpc:\n    Assertions:\n      - Assert: !Equals [!ValueOf [!Ref Stage, Tags], prod]\n`),
    ),
  ).toEqual([]);
});

test("an account's override that breaks an assertion is refused at its parameters, with the rule's description", () => {
  expect(
    assertionFindings({
      ...withRules(RULES),
      'accounts/app-prod.yaml': appProd('parameters:\n  roles: { Stage: dev }\n'),
    }),
  ).toEqual([
    {
      file: 'accounts/app-prod.yaml',
      message: expect.stringMatching(
        /^the values app-prod's stack instances of roles get \(with its overrides\) break an assertion of baselines\/stacksets\/roles.yaml's Rules: ProdOnly \("Stage must be prod"\)/,
      ),
    },
  ]);
});

test("the StackSet's own values, a list member outside the allowed ones, are refused at the baseline", () => {
  expect(
    assertionFindings({
      ...withRules(RULES),
      ...withOrganization(
        '    template: stacksets/roles.yaml\n',
        '    template: stacksets/roles.yaml\n    parameters: { Regions: "us-east-1,ap-south-1" }\n',
      ),
    }),
  ).toEqual([
    {
      file: 'baselines/organization.yaml',
      message: expect.stringContaining('Rules: KnownRegions. CloudFormation refuses'),
    },
  ]);
});

test('true and false written in a rule are text, as parameter values are', () => {
  const rules = (flag: string) => ({
    [FILE]: `Parameters:\n  Flag: { Type: String, Default: "${flag}", AllowedValues: [true, false] }\nRules:\n  IsBoolean:\n    Assertions:\n      - Assert: !Contains [[true, false], !Ref Flag]\n  MustBeOn:\n    Assertions:\n      - Assert: !Equals [!Ref Flag, true]\nResources:\n  Topic: { Type: AWS::SNS::Topic }\n`,
  });
  expect(assertionFindings(rules('true'))).toEqual([]);
  expect(assertionFindings(rules('false'))).toEqual([
    {
      file: 'baselines/organization.yaml',
      message: expect.stringContaining('Rules: MustBeOn. CloudFormation refuses'),
    },
  ]);
});
