import type { Change } from '../../src/plan/plan.js';
import { accountIdsInTemplate } from '../../src/plan/template-account-ids.js';
import { accountsInFlaggedValues } from '../../src/report/flagged-accounts.js';

// The never-trimmed account line of a flagged section reads every id a template carries, in whatever form.
test('account ids are read from every form a template can carry them in', () => {
  const template = [
    'Parameters:',
    '  Audit: { Type: String, Default: 666666666666 }',
    '  Hidden: { Type: String, NoEcho: true, Default: "777777777777" }',
    'Mappings:',
    '  Trust: { Accounts: { Audit: 555555555555 } }',
    'Resources:',
    '  Rule:',
    '    Type: AWS::Events::Rule',
    '    Properties:',
    "      Targets: [{ Id: bus, Arn: !Sub 'arn:${AWS::Partition}:events:${AWS::Region}:600000000021:event-bus/default' }]",
    "      Description: !Join ['', ['arn:', !Ref AWS::Partition, ':iam::600000000071:root']]",
    '  Repo:',
    '    Type: AWS::Lambda::Function',
    '    Properties:',
    '      Code: { ImageUri: 600000000006.dkr.ecr.us-east-1.amazonaws.com/tool:1 }',
    '      Timeout: 1234567890123',
    // Spelt only once joined: the high-impact rule reads these ids, so the account line names them too.
    "      Role: !Join ['', ['arn:aws:iam::', '7777', '8888', '9999', ':root']]",
    "      Handler: !Sub ['${A}${B}', { A: '600000', B: '000081' }]",
  ].join('\n');
  expect(accountIdsInTemplate(template)).toEqual([
    '555555555555',
    '600000000006',
    '600000000021',
    '600000000071',
    '600000000081',
    '666666666666',
    '777788889999',
  ]);
});

test('a Default the pull request stops hiding (NoEcho dropped) is still never shown', () => {
  const before = 'Parameters:\n  Secret: { Type: String, NoEcho: true, Default: "arn:aws:iam::600000000061:role/s" }\n';
  const after = before.replace('NoEcho: true, ', '');
  const change = {
    id: 'update-stackset:stackset:vend-human-roles',
    description: 'Update StackSet vend-human-roles',
    before: { templateBody: before },
    after: { templateBody: after },
    scope: { stackSet: 'vend-human-roles' },
  } as unknown as Change;
  expect(accountsInFlaggedValues([change], {})).toBeUndefined();
  // Shown once neither template hides it.
  const plain = { ...change, before: { templateBody: 'Parameters: {}\n' } } as Change;
  expect(accountsInFlaggedValues([plain], {})).toContain('600000000061 (Update StackSet vend-human-roles)');
});

test('every account in a parameter value is named, however the value lists them', () => {
  const change = {
    id: 'update-stackset:stackset:vend-trust',
    description: 'Update StackSet vend-trust',
    before: {},
    after: {
      parameters: {
        Principals: 'arn:aws:iam::222233334444:root arn:aws:iam::777788889999:root',
        Image: '777700001111.dkr.ecr.us-east-1.amazonaws.com/tool',
      },
    },
    scope: { stackSet: 'vend-trust' },
  } as unknown as Change;
  const line = accountsInFlaggedValues([change], {})!;
  for (const id of ['222233334444', '777788889999', '777700001111']) expect(line).toContain(id);
});

test('a NoEcho value is never searched for account ids, and the line says some values were not read', () => {
  // As a pull request that makes DeployPrincipalArn NoEcho while swapping the account it names.
  const change = {
    id: 'update-stackset:stackset:vend-automation-roles',
    description: 'Update StackSet vend-automation-roles',
    before: {},
    after: { parameters: { DeployPrincipalArn: 'arn:aws:iam::999988887777:role/ci', Region: 'us-east-1' } },
    scope: { stackSet: 'vend-automation-roles' },
  } as unknown as Change;
  const line = accountsInFlaggedValues([change], { 'vend-automation-roles': ['DeployPrincipalArn'] });
  expect(line).not.toContain('999988887777');
  expect(line).toBe(
    "One value these changes deploy is NoEcho, never shown nor searched for account ids: read it in the repository's files before approving.",
  );
  expect(accountsInFlaggedValues([change], {})).toContain('999988887777 (Update StackSet vend-automation-roles)');
});
