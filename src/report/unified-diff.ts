import { structuredPatch } from 'diff';

/** Lines of a unified diff: `@@ -1,4 +1,4 @@`, then ` `, `-` and `+` lines. */
export interface UnifiedDiff {
  lines: string[];
}

/** Context lines around each change, as `diff -u` shows them. */
const CONTEXT_LINES = 3;

/**
 * The whole unified diff of two texts, hunk headers and all; renderers cut it to what fits where they show it.
 * Both texts are compared as if they ended in a newline, so a missing final newline adds no `\ No newline` noise;
 * an empty text (a new StackSet's deployed template) stays empty, so its diff has no removed blank line.
 * `context` is the lines shown around each change: `Infinity` shows the whole text, as an SCP needs, whose meaning
 * depends on the statement a line sits in (the same action under `NotAction` exempts instead of denies).
 */
export function unifiedDiff(before: string, after: string, context = CONTEXT_LINES): UnifiedDiff {
  const withNewline = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);
  const patch = structuredPatch('before', 'after', withNewline(before), withNewline(after), '', '', {
    context: Number.isFinite(context) ? context : Number.MAX_SAFE_INTEGER,
  });
  return {
    // As `diff -u` and jsdiff's own formatPatch write it: an empty side starts at the line before, `@@ -0,0 +1,5 @@`.
    lines: patch.hunks.flatMap((hunk) => [
      `@@ -${hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart},${hunk.oldLines} +${hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart},${hunk.newLines} @@`,
      ...hunk.lines,
    ]),
  };
}

/**
 * An SCP as a reviewer reads it: the minified JSON vend sends, indented two spaces. Text that is not JSON (a
 * policy someone broke by hand) is shown as it is.
 */
export function prettyPolicy(minified: string): string {
  try {
    return JSON.stringify(JSON.parse(minified), null, 2);
  } catch {
    return minified;
  }
}
