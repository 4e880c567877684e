import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { appProd, validate, withOrganization } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

// Organizations API Reference, CreateAccountRequest Email: besides the Email shape's pattern, the local part holds
// none of " ' ( ) < > [ ] : ; , \ | % &, and does not begin with a dot.
test.each([
  ['a%b@example.com', 'it has one of " \' ( ) < > [ ] : ; , \\ | % & before the @'],
  ['.ab@example.com', 'it begins with a dot'],
  ['x y@example.com', 'it has a space before the @'],
  ["'ab@example.com '", 'it has a space after the @'],
  ['x@example..com', 'it has a domain part between dots that is empty, or begins or ends with -'],
  ['x@example-.com', 'it has a domain part between dots that is empty, or begins or ends with -'],
  [
    'x@example.com.',
    'it has a domain with characters other than letters, digits, - and ., or one that begins or ends with - or a dot',
  ],
])('an email CreateAccount refuses (%s) is refused saying which of its rules it breaks', (email, reason) => {
  const found = validate({ 'accounts/app-prod.yaml': appProd().replace('aws+app-prod@example.com', email) }).filter(
    (diagnostic) => diagnostic.file === 'accounts/app-prod.yaml',
  );
  expect(found).toEqual([
    expect.objectContaining({
      rule: 'schema',
      line: 2,
      message: expect.stringContaining(`has an invalid value: ${reason}.`),
    }),
  ]);
});

test('an email too short for CreateAccount is one error, the length’s, not also the pattern’s', () => {
  const found = validate({ 'accounts/app-prod.yaml': appProd().replace('aws+app-prod@example.com', 'a@b') }).filter(
    (diagnostic) => diagnostic.file === 'accounts/app-prod.yaml',
  );
  expect(found).toEqual([
    expect.objectContaining({ rule: 'schema', line: 2, message: expect.stringContaining('fewer than 6 characters') }),
  ]);
});

// An internationalised top-level domain in its ASCII form (.рф is xn--p1ai) is what account emails CreateAccount
// accepts may end in: emailDomains must be able to list it, or such a team cannot use the email-domain rule.
test('emailDomains takes an internationalised top-level domain in its xn-- form, and checks emails against it', () => {
  const organization = withOrganization('emailDomains: [example.com]', 'emailDomains: [example.com, example.xn--p1ai]');
  const found = validate({
    ...organization,
    'accounts/app-prod.yaml': appProd().replace('aws+app-prod@example.com', 'aws+app-prod@example.xn--p1ai'),
  }).filter((diagnostic) => diagnostic.severity === 'error');
  expect(found).toEqual([]);
  expect(
    validate(withOrganization('emailDomains: [example.com]', 'emailDomains: [example.com, example.c0m]')).map(
      (diagnostic) => diagnostic.rule,
    ),
  ).toContain('schema');
});
