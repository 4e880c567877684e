import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';
import { lineOf, validate, withOrganization } from '../support/validate-fixtures.js';

// CloudFormation User Guide, Fn::ImportValue: "You can't create cross-stack references across Regions". A stack
// instance that imports an export its dependency makes only elsewhere fails in apply with "No export named …".
afterAll(removeFixtureRepositories);

const REGIONAL = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/stacksets/regional.yaml'), 'utf8');
const EXPORTER = `Resources:\n  Topic: { Type: AWS::SNS::Topic }\nOutputs:\n  TopicArn:\n    Value: !Ref Topic\n    Export: { Name: shared-topic-arn }\n`;

/** sandbox-one (us-east-1 and eu-west-1) gets `exporter` with `regions` and `regional`, which imports its export. */
const importing = (exporterRegions: string, dependsOn = '    dependsOn: [exporter]\n', between = '') => ({
  ...withOrganization(
    '  regional:\n    template: stacksets/regional.yaml',
    `  exporter:\n    template: stacksets/exporter.yaml\n${exporterRegions}${between}  regional:\n    template: stacksets/regional.yaml\n${dependsOn.trimEnd()}`,
  ),
  ...(between
    ? { 'baselines/stacksets/mid.yaml': 'Resources:\n  Handle: { Type: AWS::CloudFormation::WaitConditionHandle }\n' }
    : {}),
  'baselines/stacksets/exporter.yaml': EXPORTER,
  'baselines/stacksets/regional.yaml': REGIONAL.replace(
    '      DisplayName: !Ref TopicDisplayName\n',
    '      DisplayName: !ImportValue shared-topic-arn\n',
  ),
  'accounts/sandbox-one.yaml': readFileSync(join(MINIMAL_REPOSITORY, 'accounts/sandbox-one.yaml'), 'utf8').replace(
    'baselines: [regional]',
    'baselines: [exporter, regional]',
  ),
});

const findings = (edits: Record<string, string>) =>
  validate(edits).filter((diagnostic) => diagnostic.message.includes('Fn::ImportValue'));

test("a baseline that imports its dependency's export where that dependency is not deployed is refused at dependsOn", () => {
  const edits = importing('    regions: [us-east-1]\n');
  expect(findings(edits)).toEqual([
    expect.objectContaining({
      file: 'baselines/organization.yaml',
      rule: 'baseline-reference',
      severity: 'error',
      line: lineOf(edits['baselines/organization.yaml'], 'dependsOn: [exporter]'),
      message: expect.stringContaining(
        "'regional' would be deployed where 'exporter' is not: sandbox-one (eu-west-1). Give 'exporter' those Regions too",
      ),
    }),
  ]);
});

test('the same import passes where the dependency goes to every Region the importer does', () => {
  expect(validate(importing('')).filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
});

test('an import of another baseline’s export without a dependsOn that leads to it is refused at the baseline', () => {
  const edits = importing('', '');
  expect(findings(edits)).toEqual([
    expect.objectContaining({
      rule: 'baseline-reference',
      line: lineOf(edits['baselines/organization.yaml'], '  regional:'),
      message: expect.stringContaining(
        "baseline 'regional' imports 'shared-topic-arn' (Fn::ImportValue), which baseline 'exporter' exports, but does not depend on it",
      ),
    }),
  ]);
});

test('a dependency two levels down is followed, for the order and for the Regions', () => {
  const between = '  mid:\n    template: stacksets/mid.yaml\n    dependsOn: [exporter]\n';
  const edits = {
    ...importing('    regions: [us-east-1]\n', '    dependsOn: [mid]\n', between),
    'accounts/sandbox-one.yaml': readFileSync(join(MINIMAL_REPOSITORY, 'accounts/sandbox-one.yaml'), 'utf8').replace(
      'baselines: [regional]',
      'baselines: [exporter, mid, regional]',
    ),
  };
  expect(findings(edits)).toEqual([
    expect.objectContaining({
      line: lineOf(edits['baselines/organization.yaml'], 'dependsOn: [mid]'),
      message: expect.stringContaining("'regional' would be deployed where 'exporter' is not: sandbox-one (eu-west-1)"),
    }),
  ]);
});
