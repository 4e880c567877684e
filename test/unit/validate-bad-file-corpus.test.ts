import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRepository } from '../../src/config/load-repository.js';
import { fixtureRepository, removeFixtureRepositories } from '../support/fixture-repository.js';

/**
 * Each corpus file names where it goes in the minimal fixture repository (`# path:`) and the diagnostics it must
 * produce in that file (`# expect: rule line:column`). Nothing else may be reported in that file.
 */
const CORPUS = fileURLToPath(new URL('../fixtures/bad-files/', import.meta.url));
const corpus = readdirSync(CORPUS)
  .sort()
  .map((name) => {
    const text = readFileSync(CORPUS + name, 'utf8');
    const path = /^# path: (.+)$/m.exec(text)?.[1];
    const expected = [...text.matchAll(/^# expect: (\S+) (\d+):(\d+)$/gm)].map(
      ([, rule, line, column]) => `${rule} ${line}:${column}`,
    );
    if (!path || expected.length === 0) throw new Error(`${name} needs '# path:' and '# expect:' lines`);
    return { name, path, text, expected };
  });

afterAll(removeFixtureRepositories);

test('the corpus has at least 25 bad files', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(25);
});

test.each(corpus)('$name yields its intended diagnostic at the right line', ({ path, text, expected }) => {
  const root = fixtureRepository({ [path]: text });
  const { diagnostics, desired } = loadRepository(root, { now: new Date('2026-11-28T12:00:00Z') });
  const inFile = diagnostics
    .filter((diagnostic) => diagnostic.file === path)
    .map((d) => `${d.rule} ${d.line}:${d.column}`);
  expect(inFile.sort()).toEqual([...expected].sort());
  expect(desired).toBeUndefined();
});
