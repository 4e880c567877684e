import { structuredPatch } from 'diff';
import { losesNumberValues } from '../config/json-numbers.js';
import { formatCount } from '../config/quotas.js';
import { countOf } from './phrasing.js';

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
 * policy someone broke by hand), or holds a number JavaScript cannot (AWS's content may), is shown as it is, so a
 * diff never hides the number that differs.
 */
export function prettyPolicy(minified: string): string {
  if (losesNumberValues(minified)) return minified;
  try {
    return JSON.stringify(JSON.parse(minified), null, 2);
  } catch {
    return minified;
  }
}

/**
 * A unified diff cut to about `max` lines for a short rendering, so that no change can hide behind another: runs of
 * added or removed comments and blank lines (padding) are left out, every other change keeps the usual three lines
 * of context (a whole-file SCP diff narrows to its changes), and when that is still too long each hunk gets a fair
 * share, small hunks whole first; a line longer than COMPACT_LINE_LENGTH is cut to it. Runs left out read `… N … not
 * shown`. `lines` as UnifiedDiff's.
 */
export function compactDiff(lines: readonly string[], max: number): string[] {
  const narrowed = narrowContext(withoutFiller(lines)).map(shortLine);
  if (narrowed.length <= max) return narrowed;
  const groups: string[][] = [];
  for (const line of narrowed) {
    if (line.startsWith('@@') || line.startsWith(ELISION) || groups.length === 0) groups.push([line]);
    else groups.at(-1)!.push(line);
  }
  const take = new Map<number, number>();
  let budget = Math.max(0, max - groups.length);
  const bySize = groups.map((group, index) => ({ index, size: group.length - 1 })).sort((a, b) => a.size - b.size);
  bySize.forEach(({ index, size }, position) => {
    const share = Math.floor(budget / (bySize.length - position));
    take.set(index, Math.min(size, share));
    budget -= Math.min(size, share);
  });
  return groups.flatMap((group, index) => [group[0]!, ...shownLines(group.slice(1), take.get(index)!)]);
}

/**
 * About `count` of a hunk's lines: its first ones, then, where the cut hides removed lines, up to half the count of
 * those, under a line that says so, and last how many lines were left out. What a change takes away (an action
 * dropped from a NotAction list, a Condition) is what padding added before it would otherwise push out of sight.
 */
function shownLines(lines: readonly string[], count: number): string[] {
  if (count >= lines.length) return [...lines];
  const removedBeyond = (head: number) => lines.slice(head).filter((line) => line.startsWith('-'));
  const hiddenRemoved = removedBeyond(count).length;
  const kept = Math.min(hiddenRemoved, Math.floor(count / 2));
  const head = kept > 0 ? count - kept - 1 : count;
  const removed = removedBeyond(head).slice(0, kept);
  const left = lines.length - head - removed.length;
  return [
    ...lines.slice(0, head),
    ...(removed.length > 0 ? [`${ELISION} further down, the lines it removes:`, ...removed] : []),
    `${ELISION} ${countOf(left, 'more line')} not shown`,
  ];
}

/**
 * The diff with each run of three or more added or removed lines that are only comments or blank made one line:
 * what padding is made of, and what changes nothing CloudFormation or IAM reads. The lines that do stay in view.
 */
function withoutFiller(lines: readonly string[]): string[] {
  const isFiller = (line: string) => /^[+-]\s*(#.*)?$/.test(line) && !line.startsWith('+++') && !line.startsWith('---');
  const kept: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3)
      kept.push(`${ELISION} ${countOf(run.length, 'added or removed comment or blank line')} not shown`);
    else kept.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (isFiller(line)) run.push(line);
    else {
      flush();
      kept.push(line);
    }
  }
  flush();
  return kept;
}

/** The longest line a compact diff shows whole, in characters: a line of padding must not fill the rendering. */
export const COMPACT_LINE_LENGTH = 400;

/** A diff line cut to COMPACT_LINE_LENGTH, saying how much it leaves out. */
function shortLine(line: string): string {
  if (line.length <= COMPACT_LINE_LENGTH) return line;
  const left = line.length - COMPACT_LINE_LENGTH;
  return `${line.slice(0, COMPACT_LINE_LENGTH)} … (${formatCount(left)} more ${left === 1 ? 'character' : 'characters'} not shown)`;
}

/** How a compact diff marks lines it leaves out; no diff line starts with it. */
const ELISION = '…';

/**
 * The diff with only CONTEXT_LINES of unchanged lines around each change; longer unchanged runs become one line. A
 * run of padding withoutFiller made one `…` line is a change too: it must stay in view, or a diff of nothing but
 * padding would read as unchanged lines.
 */
function narrowContext(lines: readonly string[]): string[] {
  const isChange = (line: string) => line.startsWith('+') || line.startsWith('-') || line.startsWith(ELISION);
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.startsWith('@@')) near[index] = true;
    if (!isChange(line)) return;
    for (let at = Math.max(0, index - CONTEXT_LINES); at <= Math.min(lines.length - 1, index + CONTEXT_LINES); at++)
      near[at] = true;
  });
  const narrowed: string[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (!near[index]) {
      skipped++;
      return;
    }
    if (skipped > 0) narrowed.push(`${ELISION} ${countOf(skipped, 'unchanged line')} not shown`);
    skipped = 0;
    narrowed.push(line);
  });
  if (skipped > 0) narrowed.push(`${ELISION} ${countOf(skipped, 'unchanged line')} not shown`);
  return narrowed;
}
