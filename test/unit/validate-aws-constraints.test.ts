import { removeFixtureRepositories } from '../support/fixture-repository.js';
import { appProd, validate } from '../support/validate-fixtures.js';

afterAll(removeFixtureRepositories);

const APP_PROD = 'accounts/app-prod.yaml';
const rulesOf = (edits: Record<string, string | null>, rule: string) =>
  validate(edits).filter((diagnostic) => diagnostic.rule === rule);

describe('duplicate names and emails are reported at every file that shares them', () => {
  const copy = (name: string, email = `aws+${name}@example.com`) =>
    appProd().replace('name: app-prod', `name: ${name}`).replace('aws+app-prod@example.com', email);

  test('the file that sorts first gets the error too, so a pull request adding either file sees it', () => {
    const found = rulesOf(
      { 'accounts/aa-app.yaml': copy('aa-app', 'AWS+App-Prod@Example.com') },
      'unique-account-email',
    );
    expect(found).toEqual([
      expect.objectContaining({
        file: 'accounts/aa-app.yaml',
        line: 2,
        message: expect.stringContaining('accounts/app-prod.yaml'),
      }),
      expect.objectContaining({ file: APP_PROD, line: 2, message: expect.stringContaining('accounts/aa-app.yaml') }),
    ]);
  });

  test('three accounts with one name each name the other two', () => {
    const found = rulesOf(
      {
        'accounts/aa-app.yaml': copy('app-prod', 'aws+aa@example.com'),
        'accounts/zz-app.yaml': copy('app-prod', 'aws+zz@example.com'),
      },
      'unique-account-name',
    );
    expect(found.map((diagnostic) => diagnostic.file)).toEqual([
      'accounts/aa-app.yaml',
      APP_PROD,
      'accounts/zz-app.yaml',
    ]);
    expect(found[1]!.message).toContain('accounts/aa-app.yaml, accounts/zz-app.yaml');
  });
});
