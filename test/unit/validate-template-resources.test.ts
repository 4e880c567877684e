import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLOUDFORMATION_RESOURCE_TYPES } from '../../src/config/cloudformation-resource-types.js';
import { MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';
import { lineOf, validate } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

const REGIONAL = 'baselines/stacksets/regional.yaml';
const template = (resources: string) => `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n${resources}`;
/** The template-resource findings for a regional template with these resources, as line:column and message. */
const findings = (text: string) =>
  validate({ [REGIONAL]: text })
    .filter((diagnostic) => diagnostic.rule === 'template-resource')
    .map(({ file, line, column, message }) => ({ file, at: `${line}:${column}`, message }));
/** "line:column" of `needle` in `text`. */
const at = (text: string, needle: string) => {
  const line = lineOf(text, needle);
  return `${line}:${text.split('\n')[line - 1]!.indexOf(needle) + 1}`;
};

describe('each resource has a Type CloudFormation knows', () => {
  test('a near miss of an AWS type is refused at the Type, suggesting the type meant', () => {
    const text = template('  Alerts:\n    Type: AWS::SNS::Topicc\n');
    expect(findings(text)).toEqual([
      {
        file: REGIONAL,
        at: at(text, 'AWS::SNS::Topicc'),
        message: expect.stringMatching(
          /^'AWS::SNS::Topicc' is not a resource type AWS has\. Did you mean 'AWS::SNS::Topic'\?/,
        ),
      },
    ]);
    expect(findings(text)[0]!.message).toContain('npm run generate:resource-types');
  });

  test.each([
    ['aws::sns::topic', "Did you mean 'AWS::SNS::Topic'?"],
    ['AWS::SNS:Topic', "Did you mean 'AWS::SNS::Topic'?"],
    ['AWS::Made::Up', 'is not a resource type AWS has.'],
    ['Alexa::ASK::Skil', "Did you mean 'Alexa::ASK::Skill'?"],
    ['AWS::SNS::Topic::MODULE', 'is not a resource type AWS has.'],
    ['SNS::Topic', 'is not a resource type name'],
    ['AWS::S3::Bucket ', 'is not a resource type name'],
    ['Custom::', 'is not a custom resource type'],
    [`Custom::${'x'.repeat(61)}`, 'is not a custom resource type'],
    ['Custom::Ping.Tester', 'is not a custom resource type'],
    ['AWS::Serverless::Function', 'exists only through the AWS::Serverless-2016-10-31 transform'],
  ])('the Type %j is refused: %s', (type, message) => {
    const text = template(`  Thing:\n    Type: "${type}"\n`);
    expect(findings(text)).toEqual([
      expect.objectContaining({ at: '4:11', message: expect.stringContaining(message) }),
    ]);
  });

  test.each([
    'AWS::SNS::Topic',
    'Alexa::ASK::Skill',
    'Custom::PingTester',
    `Custom::${'a_@-'.repeat(15)}`,
    'MongoDB::Atlas::Cluster',
    'MyOrg::Network::Vpc::MODULE',
  ])('the Type %s is accepted', (type) => {
    // Only the Type is judged here: the properties Alexa::ASK::Skill requires are the schema rule's.
    const typeFindings = findings(template(`  Thing:\n    Type: "${type}"\n`)).filter(
      (finding) => !finding.message.includes(' requires '),
    );
    expect(typeFindings).toEqual([]);
  });

  test('a template with a Transform is left to CloudFormation, whose macros decide the resources', () => {
    const text = `Transform: AWS::Serverless-2016-10-31\n${template('  Fn:\n    Type: AWS::Serverless::Function\n')}`;
    expect(findings(text)).toEqual([]);
  });

  test('an Fn::Transform, even one heading Resources, is a macro too: no logical ID or Type is asked of it', () => {
    const include = "  Fn::Transform: { Name: AWS::Include, Parameters: { Location: 's3://bucket/resources.yaml' } }\n";
    expect(findings(template(include))).toEqual([]);
  });

  test.each([
    ['a Transform', `Transform: AWS::LanguageExtensions\n${template('  Topic:\n    Type: AWS::SNS::Topic\n')}`, 1],
    [
      'an Fn::Transform (AWS::Include)',
      template(
        "  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      Fn::Transform: { Name: AWS::Include, Parameters: { Location: 's3://b/p.yaml' } }\n",
      ),
      1,
    ],
  ])('%s is refused where StackSets are SERVICE_MANAGED, which do not support macros', (_, text, line) => {
    const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
    const serviceManaged = organization
      .replace(/permissionModel: SELF_MANAGED/, 'permissionModel: SERVICE_MANAGED')
      .replace(/^ {2}(executionRoleName|administrationRoleArn):.*\n/gm, '');
    const diagnostics = validate({ [REGIONAL]: text, 'baselines/organization.yaml': serviceManaged });
    expect(diagnostics.filter((diagnostic) => diagnostic.rule === 'template-resource')).toEqual([
      expect.objectContaining({
        file: REGIONAL,
        line,
        message: expect.stringContaining('StackSets with SERVICE_MANAGED permissions do not support macros'),
      }),
    ]);
  });
});

describe('Resources is a mapping of alphanumeric logical IDs to resources with a Type', () => {
  test('a resource without a Type, or that is not a mapping, is refused at its logical ID', () => {
    const text = template('  Alerts:\n    Properties: {}\n  Logs: AWS::Logs::LogGroup\n');
    expect(findings(text)).toEqual([
      expect.objectContaining({ at: '3:3', message: expect.stringContaining("resource 'Alerts' needs a Type") }),
      expect.objectContaining({ at: '5:3', message: expect.stringContaining("resource 'Logs' needs a Type") }),
    ]);
  });

  test('a Type that is not text is refused at the Type', () => {
    const text = template('  Alerts:\n    Type: [AWS::SNS::Topic]\n');
    expect(findings(text)).toEqual([
      expect.objectContaining({ at: '4:11', message: expect.stringContaining('as text') }),
    ]);
  });

  test('a logical ID with other characters than letters and digits is refused at the ID', () => {
    const text = template('  alert-topic:\n    Type: AWS::SNS::Topic\n');
    expect(findings(text)).toEqual([
      expect.objectContaining({ at: '3:3', message: expect.stringContaining('only letters and digits') }),
    ]);
  });

  test.each([
    ['a list', 'Resources:\n  - Type: AWS::SNS::Topic\n', 'must map logical IDs'],
    ['empty', 'Resources: {}\n', 'at least one resource'],
  ])('Resources as %s is refused at Resources', (_what, resources, message) => {
    const text = `AWSTemplateFormatVersion: "2010-09-09"\n${resources}`;
    expect(findings(text)).toEqual([expect.objectContaining({ message: expect.stringContaining(message) })]);
  });
});

describe('the list of resource types', () => {
  test('is generated from the installed @aws-cdk/aws-service-spec; run npm run generate:resource-types if not', () => {
    const script = fileURLToPath(new URL('../../scripts/generate-cloudformation-resource-types.mjs', import.meta.url));
    const directory = mkdtempSync(join(tmpdir(), 'vend-resource-types-'));
    try {
      execFileSync(process.execPath, [
        script,
        join(directory, 'types.ts'),
        join(directory, 'replacement.ts'),
        join(directory, 'schemas.ts'),
      ]);
      const withoutDate = (text: string) => text.replaceAll(/\d{4}-\d{2}-\d{2}/g, 'DATE');
      for (const [committed, generated] of [
        ['config/cloudformation-resource-types.ts', 'types.ts'],
        ['plan/cloudformation-replacement.ts', 'replacement.ts'],
        ['config/cloudformation-resource-schemas.ts', 'schemas.ts'],
      ])
        expect(withoutDate(readFileSync(new URL(`../../src/${committed}`, import.meta.url), 'utf8'))).toBe(
          withoutDate(readFileSync(join(directory, generated!), 'utf8')),
        );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('holds the types baselines use most, sorted in code-unit order as the script writes them', () => {
    expect(CLOUDFORMATION_RESOURCE_TYPES).toEqual(
      expect.arrayContaining(['AWS::IAM::Role', 'AWS::SNS::Topic', 'AWS::S3::Bucket']),
    );
    expect([...CLOUDFORMATION_RESOURCE_TYPES].sort()).toEqual(CLOUDFORMATION_RESOURCE_TYPES);
  });
});

describe('a resource holds only what CloudFormation takes beside its Type', () => {
  // CloudFormation User Guide, "Resource attribute reference": anything else is "Invalid template resource property".
  test('a misspelt Properties and an unknown DeletionPolicy are refused where they are written', () => {
    const text = template(
      [
        '  Bucket:',
        '    Type: AWS::S3::Bucket',
        '    Propertiez: { BucketName: x }',
        '  Topic:',
        '    Type: AWS::SNS::Topic',
        '    DeletionPolicy: Keep',
        '  Job:',
        '    Type: Custom::Job',
        '    Version: "1.0"',
        '    DeletionPolicy: RetainExceptOnCreate',
        '',
      ].join('\n'),
    );
    expect(findings(text)).toEqual([
      expect.objectContaining({
        at: at(text, 'Propertiez'),
        message: expect.stringContaining("Did you mean 'Properties'?"),
      }),
      expect.objectContaining({
        at: at(text, 'Keep'),
        message: 'DeletionPolicy must be one of Delete, Retain, RetainExceptOnCreate, Snapshot; got "Keep".',
      }),
    ]);
  });
});
