import { parseDocument } from 'yaml';
import { templateToJson } from '../../src/config/cloudformation-template.js';

test('short-form intrinsic functions become their long forms', () => {
  const document = parseDocument(
    [
      'Resources:',
      '  Role:',
      '    Properties:',
      '      Arn: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/b',
      '      Name: !Ref RoleName',
      '      Target: !GetAtt Topic.TopicArn',
      '      Joined: !Join [",", [!Ref A, !Ref B]]',
      '      When: !If [IsProd, yes, !Ref AWS::NoValue]',
    ].join('\n'),
  );
  expect(templateToJson(document)).toEqual({
    Resources: {
      Role: {
        Properties: {
          Arn: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/b' },
          Name: { Ref: 'RoleName' },
          Target: { 'Fn::GetAtt': ['Topic', 'TopicArn'] },
          Joined: { 'Fn::Join': [',', [{ Ref: 'A' }, { Ref: 'B' }]] },
          When: { 'Fn::If': ['IsProd', 'yes', { Ref: 'AWS::NoValue' }] },
        },
      },
    },
  });
});
