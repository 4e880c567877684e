import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { validate } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

/*
 * Each of these passed validate and plan and failed in apply, where CreateStackSet refused the template after
 * accounts were created and moved. CloudFormation User Guide, intrinsic function reference, "Conditions" and
 * "Outputs" sections: what each function takes, what a condition is, what an output's Value and Export Name are.
 */
const REGIONAL = 'baselines/stacksets/regional.yaml';
const TOPIC = 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n';
const messages = (body: string) =>
  validate({ [REGIONAL]: `AWSTemplateFormatVersion: "2010-09-09"\n${body}` })
    .filter((diagnostic) => diagnostic.rule === 'template-structure')
    .map(({ line, column, message }) => `${line}:${column} ${message}`);

test.each([
  ["Outputs:\n  O: { Value: !Join ['-'] }\n", 'Fn::Join takes [delimiter, [values]], not 1 argument'],
  ['Outputs:\n  O: { Value: !Select [5, [a, b]] }\n', 'Fn::Select index 5 is outside its list of 2'],
  [
    'Conditions:\n  C: !Equals [a, a]\nOutputs:\n  O: { Value: !If [C, x] }\n',
    'Fn::If takes [condition, valueIfTrue, valueIfFalse], not 2 arguments',
  ],
  ['Conditions:\n  C: !Equals [a, b, c]\n', 'Fn::Equals takes [value, value], not 3 arguments'],
  ['Conditions:\n  C: !Not [!Equals [a, b], !Equals [a, c]]\n', 'Fn::Not takes [condition], not 2 arguments'],
  ["Outputs:\n  O: { Value: !Sub ['plain'] }\n", 'Fn::Sub takes a string, or [string, { Variable: value }]'],
  ['Parameters:\n  P: { Type: String }\nConditions:\n  C: !Ref P\n', "condition 'C' must be a condition function"],
  [
    'Mappings:\n  M: { k: { a: "1" } }\nOutputs:\n  O: { Value: !FindInMap [M, nope, a] }\n',
    "Fn::FindInMap names key 'nope', which mapping 'M' does not have",
  ],
  [
    'Mappings:\n  M: { k: { a: "1" } }\nOutputs:\n  O: { Value: !FindInMap [M, k, b] }\n',
    "Fn::FindInMap names 'b' under key 'k', which mapping 'M' does not have",
  ],
  ['Outputs:\n  O: { Value: [a, b] }\n', "output 'O' has a list as its Value"],
  ["Outputs:\n  O: { Value: !Join [',', 'abc'] }\n", "Fn::Join takes a list of values second, not the text 'abc'"],
  [
    'Outputs:\n  A: { Value: a, Export: { Name: same } }\n  B: { Value: b, Export: { Name: same } }\n',
    "output 'B' exports 'same', as output 'A' does",
  ],
  [
    "Outputs:\n  A: { Value: a, Export: { Name: same } }\n  B: { Value: b, Export: { Name: !Sub 'same' } }\n",
    "output 'B' exports 'same', as output 'A' does",
  ],
  // CloudFormation User Guide, Fn::ImportValue: neither an export's Name nor what ImportValue imports can use Ref or
  // GetAtt functions that depend on a resource.
  [
    'Outputs:\n  O: { Value: a, Export: { Name: !GetAtt Topic.TopicName } }\n',
    "names its export after resource 'Topic'",
  ],
  ["Outputs:\n  O: { Value: a, Export: { Name: !Sub '${Topic}-arn' } }\n", "names its export after resource 'Topic'"],
  [
    'Outputs:\n  O: { Value: !ImportValue { Ref: Topic } }\n',
    "Fn::ImportValue names its export after resource 'Topic'",
  ],
])('%j is refused: %s', (body, message) => {
  expect(messages(`${body}${TOPIC}`)).toEqual([expect.stringContaining(message)]);
});

test('arguments given by functions, and well-formed calls, pass', () => {
  const body = [
    'Parameters:',
    '  Subnets: { Type: CommaDelimitedList }',
    '  Index: { Type: Number, Default: 0 }',
    'Mappings:',
    '  M: { k: { a: "1" } }',
    'Conditions:',
    '  Yes: !Equals [a, a]',
    '  Both: !And [!Condition Yes, !Not [!Equals [a, b]]]',
    'Outputs:',
    "  A: { Value: !Join [',', !Ref Subnets] }",
    '  B: { Value: !Select [!Ref Index, !Ref Subnets] }',
    '  C: { Value: !If [Yes, x, !Ref AWS::NoValue] }',
    '  D: { Value: !FindInMap [M, !Ref AWS::Region, a] }',
    "  E: { Value: !Sub ['${X}', { X: !FindInMap [M, k, a] }], Export: { Name: !Sub '${AWS::StackName}-e' } }",
    "  F: { Value: !ImportValue { 'Fn::Sub': '${AWS::Region}-shared-${Index}' } }",
    '',
  ].join('\n');
  expect(messages(`${body}${TOPIC}`)).toEqual([]);
});

test('two outputs under conditions may export one name: only one of them can stand', () => {
  const body = [
    'Conditions:',
    '  IsProd: !Equals [!Ref AWS::AccountId, "111111111111"]',
    '  IsDev: !Not [!Condition IsProd]',
    'Outputs:',
    '  ProdArn: { Condition: IsProd, Value: a, Export: { Name: alerts } }',
    '  DevArn: { Condition: IsDev, Value: b, Export: { Name: alerts } }',
    '',
  ].join('\n');
  expect(messages(`${body}${TOPIC}`)).toEqual([]);
});

test('the finding is at the call’s arguments, with their line and column', () => {
  expect(messages(`Outputs:\n  O:\n    Value: !Join ['-']\n${TOPIC}`)).toEqual([
    expect.stringMatching(/^4:18 Fn::Join takes/),
  ]);
});

/*
 * A list where a function takes a string, or a string where it takes a list: CloudFormation refuses the template
 * ("variable Teams in Fn::Sub expression does not resolve to a string", "Every Fn::Equals object requires a list of 2
 * string parameters", …), after earlier stages ran. Template Reference, each function's "Parameters" section.
 */
describe('each function is given the kind of value it takes', () => {
  const PARAMETERS = [
    'Parameters:',
    "  Teams: { Type: CommaDelimitedList, Default: 'payments,platform' }",
    '  Nums: { Type: List<Number>, Default: 1 }',
    '  Label: { Type: String, Default: x }',
    '',
  ].join('\n');
  test.each([
    ["!Sub 'Alerts for ${Teams}'", "Fn::Sub variable ${Teams} is parameter 'Teams' (CommaDelimitedList)"],
    ["!Sub 'n ${Nums}'", "Fn::Sub variable ${Nums} is parameter 'Nums' (List<Number>)"],
    ["!Sub ['x ${V}', { V: !Ref Teams }]", "Fn::Sub variable ${V} is parameter 'Teams'"],
    [
      "!Sub 'az ${AWS::NotificationARNs}'",
      'Fn::Sub variable ${AWS::NotificationARNs} is AWS::NotificationARNs, a list',
    ],
    ["!Select [0, !Split [',', !Ref Teams]]", "Fn::Split splits a string, not parameter 'Teams'"],
    ["!Join [',', !Ref Label]", "Fn::Join takes a list of values second, not parameter 'Label' (String)"],
    ["!Join [',', [!Ref Teams]]", "Fn::Join joins strings, and one of its values is parameter 'Teams'"],
    ['!Select [0, !Ref Label]', "Fn::Select picks from a list, not from parameter 'Label'"],
    ['!Base64 { Ref: Teams }', "Fn::Base64 encodes a string, not parameter 'Teams'"],
    ['!ImportValue { "Fn::ImportValue": x }', 'Fn::ImportValue names its export with Fn::ImportValue'],
    ['!ImportValue { "Fn::Select": [0, { "Fn::GetAZs": "" }] }', 'Fn::ImportValue names its export with Fn::GetAZs'],
    ['!Select [0, !Cidr ["10.0.0.0/16", 300, 8]]', 'Fn::Cidr count is 300; it makes 1 to 256 CIDRs'],
    ['!Select [0, !Cidr ["10.0.0.0/16", 0, 8]]', 'Fn::Cidr count is 0'],
    [
      '!Select [0, !Cidr ["10.0.0.0/16", 2, 200]]',
      'Fn::Cidr cidrBits 200 is more than the 16 host bits of ipBlock 10.0.0.0/16',
    ],
    ['!Select [0, !Cidr ["10.0.0.0/99", 2, 8]]', "Fn::Cidr ipBlock '10.0.0.0/99' is not a CIDR block"],
    ['!Select [0, !Cidr ["10.0.0.0/24", 4, 7]]', 'Fn::Cidr asks for 4 /25 CIDRs, and 10.0.0.0/24 holds 2'],
  ])('%s is refused: %s', (value, message) => {
    expect(messages(`${PARAMETERS}Outputs:\n  O: { Value: ${value} }\n${TOPIC}`)).toEqual([
      expect.stringContaining(message),
    ]);
  });

  test('an SSM parameter type is the kind of value it resolves to: a list for Value<List<String>>', () => {
    const ssm = (type: string) =>
      `Parameters:\n  Subnets: { Type: '${type}', Default: /network/subnets }\nOutputs:\n  O: { Value: !Sub 'in \${Subnets}' }\n${TOPIC}`;
    expect(messages(ssm('AWS::SSM::Parameter::Value<List<String>>'))).toEqual([
      expect.stringContaining(
        "Fn::Sub variable ${Subnets} is parameter 'Subnets' (AWS::SSM::Parameter::Value<List<String>>)",
      ),
    ]);
    expect(messages(ssm('AWS::SSM::Parameter::Value<String>'))).toEqual([]);
  });

  test('Fn::Equals on a list is refused in a condition, at the condition', () => {
    expect(messages(`${PARAMETERS}Conditions:\n  IsA: !Equals [!Ref Teams, a]\n${TOPIC}`)).toEqual([
      expect.stringMatching(/^7:16 Fn::Equals compares two strings, and one is parameter 'Teams'/),
    ]);
  });

  test('strings where strings go, lists where lists go, and kinds only CloudFormation knows, pass', () => {
    const values = [
      "!Sub 'Alerts for ${Label} in ${AWS::Region}'",
      "!Sub ['x ${V}', { V: !Join [',', !Ref Teams] }]",
      "!Sub '${Topic.TopicName} ${!Teams}'",
      "!Join [',', !Ref Teams]",
      "!Join [',', !Split [',', !Ref Label]]",
      "!Join [',', [!Ref Label, !Select [0, !Ref Teams], !GetAtt Topic.TopicName, !If [Yes, a, b]]]",
      "!Select [0, !GetAZs '']",
      '!Select [1, !Cidr ["10.0.0.0/16", "6", "8"]]',
      '!Select [0, !Cidr ["2001:db8::/56", 2, 64]]',
      '!Select [0, !Cidr [!Ref Label, 300, 8]]',
      "!Base64 { 'Fn::Sub': 'x ${Label}' }",
      "!ImportValue { 'Fn::Sub': '${AWS::Region}-${Label}' }",
    ];
    const outputs = values.map((value, index) => `  O${index}: { Value: ${value} }`).join('\n');
    const conditions = 'Conditions:\n  Yes: !Equals [!Ref Label, !Select [0, !Ref Teams]]\n';
    expect(messages(`${PARAMETERS}${conditions}Outputs:\n${outputs}\n${TOPIC}`)).toEqual([]);
  });
});
