import { structuredPatch } from 'diff';
import { losesNumberValues } from '../config/json-numbers.js';
import { formatCount } from '../config/quotas.js';
import { countOf } from './phrasing.js';

/** Lines of a unified diff: `@@ -1,4 +1,4 @@`, then ` `, `-` and `+` lines. */
export interface UnifiedDiff {
  lines: string[];
  /**
   * Parallel to `lines`, where known: which lines a cut rendering must keep in view before others (a template's
   * access-control resources, diffLinesWithin).
   */
  important?: boolean[];
}

/**
 * Which lines of a diff fall on the given lines (1-based) of the text before (`-` lines, and unchanged ones) or
 * after (`+` lines, and unchanged ones); hunk headers never. Parallel to `lines`.
 */
export function diffLinesWithin(
  lines: readonly string[],
  before: ReadonlySet<number>,
  after: ReadonlySet<number>,
): boolean[] {
  let old = 0;
  let next = 0;
  return lines.map((line) => {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      // An empty side is written as starting at the line before (`-0,0`): the first line it has is the next.
      old = Number(header[1]) - 1;
      next = Number(header[2]) - 1;
      return false;
    }
    if (line.startsWith('-')) return before.has(++old);
    if (line.startsWith('+')) return after.has(++next);
    return before.has(++old) || after.has(++next);
  });
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

/** A diff line on its way to a compact rendering, and whether it must stay in view before others. */
interface Marked {
  text: string;
  important: boolean;
}

/**
 * A unified diff cut to about `max` lines for a short rendering, so that no change can hide behind another: runs of
 * added or removed comments and blank lines (padding) are left out, every other change keeps the usual three lines
 * of context (a whole-file SCP diff narrows to its changes), and when that is still too long each hunk gets a fair
 * share, small hunks whole first; a line longer than COMPACT_LINE_LENGTH is cut to it (an important one to
 * COMPACT_IMPORTANT_LINE_LENGTH). The `important` lines (parallel to `lines`: what a template's access-control
 * resources grant) stay in view first: when there are more hunks than lines, those holding important changes are
 * shown and others counted; within a hunk that is cut, its important lines beyond the first ones come next, else
 * the lines it removes. Runs left out read `… N … not shown`. `lines` as UnifiedDiff's.
 */
export function compactDiff(lines: readonly string[], max: number, important: readonly boolean[] = []): string[] {
  const marked = lines.map((text, index) => ({ text, important: important[index] === true }));
  const narrowed = narrowContext(withoutFiller(marked)).map(shortLine);
  if (narrowed.length <= max) return narrowed.map((line) => line.text);
  // A hunk, or a part of one between unchanged lines left out: its first line heads it.
  const groups: Marked[][] = [];
  for (const line of narrowed) {
    if (line.text.startsWith('@@') || isContextElision(line.text) || groups.length === 0) groups.push([line]);
    else groups.at(-1)!.push(line);
  }
  const shown = shownGroups(groups, max);
  const skippedRuns = groups.filter((_, index) => !shown.has(index) && (index === 0 || shown.has(index - 1))).length;
  const take = new Map<number, number>();
  // Each shown group's first line, and the line that counts what a cut leaves out of it.
  let budget = Math.max(0, max - 2 * shown.size - skippedRuns);
  // Groups holding important changes share the lines first, then the others share what is left; smallest first.
  for (const important of [true, false]) {
    const bySize = [...shown]
      .filter((index) => holdsImportant(groups[index]!) === important)
      .map((index) => ({ index, size: groups[index]!.length - 1 }))
      .sort((a, b) => a.size - b.size);
    bySize.forEach(({ index, size }, position) => {
      const share = Math.floor(budget / (bySize.length - position));
      take.set(index, Math.min(size, share));
      budget -= Math.min(size, share);
    });
  }
  const rendered: string[] = [];
  let skipped: Marked[][] = [];
  const flushSkipped = () => {
    if (skipped.length > 0)
      rendered.push(
        `${ELISION} ${countOf(skipped.length, 'more part')} of the diff not shown (${countOf(
          skipped.reduce((sum, group) => sum + group.length, 0),
          'line',
        )})`,
      );
    skipped = [];
  };
  groups.forEach((group, index) => {
    if (!shown.has(index)) return void skipped.push(group);
    flushSkipped();
    rendered.push(group[0]!.text, ...shownLines(group.slice(1), take.get(index)!));
  });
  flushSkipped();
  return rendered;
}

/**
 * Which groups keep their place when each shown one costs at least its first line, one more and the line that says
 * how many it leaves out: all of them when they fit, else those holding important changes first, then the others in
 * order, while the lines last (a run of groups left out costs the one line that counts it).
 */
function shownGroups(groups: readonly Marked[][], max: number): Set<number> {
  const cost = (group: readonly Marked[]) => Math.min(group.length, 3);
  if (groups.reduce((sum, group) => sum + cost(group), 0) <= max) return new Set(groups.keys());
  const order = [
    ...[...groups.keys()].filter((index) => holdsImportant(groups[index]!)),
    ...[...groups.keys()].filter((index) => !holdsImportant(groups[index]!)),
  ];
  const shown = new Set<number>();
  let used = 0;
  for (const index of order) {
    // Its own lines, and the line that counts the groups left out after it.
    if (used + cost(groups[index]!) + 1 > max) continue;
    shown.add(index);
    used += cost(groups[index]!) + 1;
  }
  return shown;
}

/** Whether a group of diff lines adds or removes an important line. */
function holdsImportant(group: readonly Marked[]): boolean {
  return group.some((line) => line.important && (line.text.startsWith('+') || line.text.startsWith('-')));
}

/** A compact diff's line standing for unchanged lines left out, which separates parts of a hunk. */
function isContextElision(text: string): boolean {
  return text.startsWith(ELISION) && / unchanged lines? not shown$/.test(text);
}

/**
 * About `count` of a hunk's lines: its first ones; then, where the cut hides important changed lines (an
 * access-control resource a template adds or changes), up to half the count of those, and else, where it hides
 * removed lines, up to half the count of those, each under a line that says so; and last how many lines were left
 * out. What padding placed before a change would otherwise push out of sight: a new role, or what a change takes
 * away (an action dropped from a NotAction list, a Condition).
 */
function shownLines(lines: readonly Marked[], count: number): string[] {
  if (count >= lines.length) return lines.map((line) => line.text);
  const isChange = (line: Marked) => line.text.startsWith('+') || line.text.startsWith('-');
  const beyond = (head: number, wanted: (line: Marked) => boolean) => lines.slice(head).filter(wanted);
  const [wanted, saying] =
    beyond(count, (line) => line.important && isChange(line)).length > 0
      ? [(line: Marked) => line.important && isChange(line), 'the lines of resources that grant or control access']
      : [(line: Marked) => line.text.startsWith('-'), 'the lines it removes'];
  const kept = Math.min(beyond(count, wanted).length, Math.floor(count / 2));
  const head = kept > 0 ? count - kept - 1 : count;
  const further = beyond(head, wanted).slice(0, kept);
  const left = lines.length - head - further.length;
  return [
    ...lines.slice(0, head).map((line) => line.text),
    ...(further.length > 0 ? [`${ELISION} further down, ${saying}:`, ...further.map((line) => line.text)] : []),
    `${ELISION} ${countOf(left, 'more line')} not shown`,
  ];
}

/**
 * The diff with each run of three or more added or removed lines that are only comments or blank made one line:
 * what padding is made of, and what changes nothing CloudFormation or IAM reads. The lines that do stay in view.
 */
function withoutFiller(lines: readonly Marked[]): Marked[] {
  const isFiller = ({ text }: Marked) =>
    /^[+-]\s*(#.*)?$/.test(text) && !text.startsWith('+++') && !text.startsWith('---');
  const kept: Marked[] = [];
  let run: Marked[] = [];
  const flush = () => {
    if (run.length >= 3)
      kept.push({
        text: `${ELISION} ${countOf(run.length, 'added or removed comment or blank line')} not shown`,
        important: false,
      });
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

/**
 * The longest important line a compact diff shows whole: a role written on one line keeps its trust policy in view,
 * while a line of padding stays bounded.
 */
export const COMPACT_IMPORTANT_LINE_LENGTH = 4000;

/** A diff line cut to COMPACT_LINE_LENGTH (an important one to COMPACT_IMPORTANT_LINE_LENGTH), saying how much it leaves out. */
function shortLine(line: Marked): Marked {
  const longest = line.important ? COMPACT_IMPORTANT_LINE_LENGTH : COMPACT_LINE_LENGTH;
  if (line.text.length <= longest) return line;
  const left = line.text.length - longest;
  return {
    ...line,
    text: `${line.text.slice(0, longest)} … (${formatCount(left)} more ${left === 1 ? 'character' : 'characters'} not shown)`,
  };
}

/** How a compact diff marks lines it leaves out; no diff line starts with it. */
const ELISION = '…';

/**
 * The diff with only CONTEXT_LINES of unchanged lines around each change; longer unchanged runs become one line. A
 * run of padding withoutFiller made one `…` line is a change too: it must stay in view, or a diff of nothing but
 * padding would read as unchanged lines.
 */
function narrowContext(lines: readonly Marked[]): Marked[] {
  const isChange = ({ text }: Marked) => text.startsWith('+') || text.startsWith('-') || text.startsWith(ELISION);
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.text.startsWith('@@')) near[index] = true;
    if (!isChange(line)) return;
    for (let at = Math.max(0, index - CONTEXT_LINES); at <= Math.min(lines.length - 1, index + CONTEXT_LINES); at++)
      near[at] = true;
  });
  const narrowed: Marked[] = [];
  let skipped = 0;
  const elision = () => ({ text: `${ELISION} ${countOf(skipped, 'unchanged line')} not shown`, important: false });
  lines.forEach((line, index) => {
    if (!near[index]) {
      skipped++;
      return;
    }
    if (skipped > 0) narrowed.push(elision());
    skipped = 0;
    narrowed.push(line);
  });
  if (skipped > 0) narrowed.push(elision());
  return narrowed;
}
