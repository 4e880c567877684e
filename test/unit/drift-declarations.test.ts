import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runValidate } from '../../src/commands/validate.js';
import { fixtureRepository, MINIMAL_REPOSITORY, removeFixtureRepositories } from '../support/fixture-repository.js';

afterAll(removeFixtureRepositories);

test('an expired ignore: entry and an expired exception are located where validate warns about them', () => {
  const organization = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');
  const manifest = readFileSync(join(MINIMAL_REPOSITORY, 'accounts/app-prod.yaml'), 'utf8');
  const root = fixtureRepository({
    'baselines/organization.yaml': `${organization}ignore:\n  - kind: unmanaged-accounts\n    reason: pilot\n    expires: 2026-11-27\n`,
    'accounts/app-prod.yaml': `${manifest}exceptions:\n  - rule: baseline-opt-out\n    reason: pilot\n    approvedBy: security-team\n    expires: 2026-11-27\n`,
  });
  const result = runValidate({ repositoryRoot: root }, new Date('2026-11-30T00:00:00Z'));
  const at = (rule: string) => {
    const diagnostic = result.diagnostics.find((candidate) => candidate.rule === rule)!;
    return { line: diagnostic.line, column: diagnostic.column };
  };
  expect(result.driftIgnore[0]!.expiresAt).toEqual(at('drift-ignore-expired'));
  const [exception] = result.exceptions;
  expect({ line: exception!.line, column: exception!.column }).toEqual(at('exception-expired'));
});
