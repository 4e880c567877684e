import { withEarlierRun } from '../../src/action/post-sticky-comment.js';
import { APPLY_COMMENT_MARKER } from '../../src/report/apply-markdown.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/report/fit-comment.js';

// GitHub refuses a comment body over 65,536 characters ("body is too long"): the result must be posted all the same.
const earlier = `${APPLY_COMMENT_MARKER}\n## Vend apply: ❌ 3 changes applied, 1 failed, 0 refused\n\ndata-prod created`;
const result = (length: number) => {
  const head = `${APPLY_COMMENT_MARKER}\n## Vend apply: ✅ 1 change applied\n\n`;
  return `${head}${'x'.repeat(length - head.length)}`;
};

test('an earlier part-way report is kept beneath the result, collapsed, when both fit', () => {
  const body = withEarlierRun(result(1_000), earlier);
  expect(body.startsWith(result(1_000))).toBe(true);
  expect(body).toContain(
    '<details><summary>An earlier run of this merge, which failed part-way (the job summary it names is that run’s)</summary>',
  );
  expect(body).toContain('data-prod created');
});

test('a result that fills the comment is posted alone, never over the limit, in place of the earlier report', () => {
  for (const length of [GITHUB_COMMENT_LIMIT - 200, GITHUB_COMMENT_LIMIT - 10, GITHUB_COMMENT_LIMIT]) {
    const body = withEarlierRun(result(length), earlier);
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(body.startsWith(result(length))).toBe(true);
  }
  // Where the earlier report does not fit but a line pointing to it does, that line stands for it.
  expect(withEarlierRun(result(GITHUB_COMMENT_LIMIT - 1_000), `${earlier}${'y'.repeat(5_000)}`)).toContain(
    'failed part-way; its report',
  );
});

test('an earlier record of what a run applied is kept beneath a later run that applies more, collapsed', () => {
  const applied = `${APPLY_COMMENT_MARKER}\n## Vend apply: ✅ 3 changes applied, 0 failed, 0 refused\n\ndata-prod created`;
  const body = withEarlierRun(result(1_000), applied);
  expect(body).toContain(
    '<details><summary>An earlier run of this merge, which applied changes (the job summary it names is that run’s)</summary>',
  );
  expect(body).toContain('data-prod created');
});

test('a comment that is no report of a run is not carried', () => {
  const waiting = `${APPLY_COMMENT_MARKER}\n## Vend apply: waiting for approval`;
  expect(withEarlierRun(result(1_000), waiting)).toBe(result(1_000));
});
