import { targetPatternMatches } from '../../src/config/drift-declarations.js';

// `ignore:` target patterns as the README documents them: `*` and `**` are the only wildcards, since OU names may
// hold any ASCII but '/' (CreateOrganizationalUnit, Name), and a target copied from vend drift names that finding.

test('a target copied from drift output matches that finding, whatever characters its OU name has', () => {
  for (const target of ['ou:Weird/..', 'ou:Weird/[old]', 'ou:Team #1', 'scp:deny-a@ou:{x}', 'ou:a?b', 'ou:!neg'])
    expect(targetPatternMatches(target, target)).toBe(true);
});

test('brackets, ? and braces are themselves, not classes or alternatives that reach other OUs', () => {
  expect(targetPatternMatches('ou:Weird/[old]', 'ou:Weird/d')).toBe(false);
  expect(targetPatternMatches('ou:a?b', 'ou:axb')).toBe(false);
  expect(targetPatternMatches('ou:{a,b}', 'ou:a')).toBe(false);
  expect(targetPatternMatches('scp:deny-a@ou:Weird/..', 'scp:deny-a@ou:Weird')).toBe(false);
});

test('* matches within one part, ** across parts only as a part of its own', () => {
  expect(targetPatternMatches('account:legacy-*', 'account:legacy-billing')).toBe(true);
  expect(targetPatternMatches('scp:*@ou:*', 'scp:x@ou:Workloads')).toBe(true);
  expect(targetPatternMatches('scp:*@ou:*', 'scp:x@ou:Workloads/Prod')).toBe(false);
  expect(targetPatternMatches('ou:Sandbox/**', 'ou:Sandbox/A/B')).toBe(true);
  expect(targetPatternMatches('ou:Sandbox/**', 'ou:Sandbox')).toBe(false);
  expect(targetPatternMatches('ou:A/**/B', 'ou:A/B')).toBe(true);
  expect(targetPatternMatches('ou:A/**/B', 'ou:A/x/y/B')).toBe(true);
  // Inside a part, ** is a *: it does not cross into OUs beneath.
  expect(targetPatternMatches('scp:*@**', 'scp:x@ou:Workloads/Prod')).toBe(false);
  // An OU named '*' is matched by '*', as every other name is.
  expect(targetPatternMatches('ou:Weird/*', 'ou:Weird/Core')).toBe(true);
});
