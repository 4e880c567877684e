import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { lineOf, validate, withOrganization } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

// AWS takes an OU or SCP named like an id (CreateOrganizationalUnit and CreatePolicy, Name), but a plan line naming
// it then reads as the resource with that id: the id patterns are the Organizations API Reference's
// (OrganizationalUnitId, RootId, PolicyId).
test('OUs named like an OU or root id, and SCPs named like a policy id or FullAWSAccess in another case, are warned of at their key', () => {
  const edits = withOrganization('  Sandbox: {}', '  Sandbox: {}\n  ou-ktpp-kao61iwi: {}\n  r-root: {}\n  Ou-Team: {}');
  const organization = edits['baselines/organization.yaml'].replace(
    'scps:\n',
    'scps:\n  fullawsaccess: { file: scps/deny-leave.json }\n  p-abcd1234: { file: scps/deny-leave.json }\n  deny-things: { file: scps/deny-leave.json }\n',
  );
  const found = validate({ 'baselines/organization.yaml': organization }).filter(
    (diagnostic) => diagnostic.rule === 'name-like-id',
  );
  expect(found.map(({ line, severity, message }) => ({ line, severity, message: message.split(':')[0] }))).toEqual([
    {
      line: lineOf(organization, '  ou-ktpp-kao61iwi:'),
      severity: 'warning',
      message: "OU name 'ou-ktpp-kao61iwi' has the shape of an OU id",
    },
    {
      line: lineOf(organization, '  r-root:'),
      severity: 'warning',
      message: "OU name 'r-root' has the shape of a root id",
    },
    {
      line: lineOf(organization, '  fullawsaccess:'),
      severity: 'warning',
      message: "SCP name 'fullawsaccess' is AWS's FullAWSAccess in another case",
    },
    {
      line: lineOf(organization, '  p-abcd1234:'),
      severity: 'warning',
      message: "SCP name 'p-abcd1234' has the shape of a policy id",
    },
  ]);
  expect(found[0]!.message).toContain('Give the OU another name.');
});
