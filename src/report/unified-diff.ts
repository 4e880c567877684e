import { structuredPatch } from 'diff';

/** Lines of a unified diff: `@@ -1,4 +1,4 @@`, then ` `, `-` and `+` lines. */
export interface UnifiedDiff {
  lines: string[];
}

/** Context lines around each change, as `diff -u` shows them. */
const CONTEXT_LINES = 3;

/**
 * The whole unified diff of two texts, hunk headers and all; renderers cut it to what fits where they show it.
 * Both texts are compared as if they ended in a newline, so a missing final newline adds no `\ No newline` noise.
 */
export function unifiedDiff(before: string, after: string): UnifiedDiff {
  const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const patch = structuredPatch('before', 'after', withNewline(before), withNewline(after), '', '', {
    context: CONTEXT_LINES,
  });
  return {
    lines: patch.hunks.flatMap((hunk) => [
      `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
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
