import { formatCount } from '../config/quotas.js';

/** GitHub refuses issue and pull request comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65536;

/**
 * GitHub refuses a step's job summary over 1 MiB (1,048,576 bytes of UTF-8); vend leaves room for the few lines it
 * adds around the plan. Source: GitHub Docs, "Workflow commands for GitHub Actions", Adding a job summary.
 */
export const JOB_SUMMARY_LIMIT_BYTES = 1_000_000;

export interface CommentSection {
  markdown: string;
  /** Kept sections (summary, destructive changes, errors) are only cut when they alone exceed the limit. */
  keep: boolean;
  /**
   * Among detail sections, higher ranks give way first; within a rank the longest first, to their compact
   * renderings and then when cut or dropped (equal sizes from the end). Among kept sections, higher ranks take all
   * their compact renderings before lower ones take any. Defaults to 0.
   */
  trimRank?: number;
  /**
   * Shorter renderings of the same section, longest first (say, headlines without details, then counts by kind).
   * Each is tried whole before the section is cut or dropped, and says itself what it leaves out.
   */
  compact?: string[];
  /**
   * The section's own cut, in place of one at a line boundary: its longest rendering of at most `budget` (as
   * `measure` counts) that says itself what it leaves out, or undefined when none fits. A change list cuts between
   * resources and counts the changes it leaves out by kind, where a line count would tell a reviewer nothing.
   */
  cut?: (budget: number, measure: (text: string) => number) => string | undefined;
  /** What the trim note calls the section when it is dropped or cut (`the OU tree`); the note names no other. */
  name?: string;
  /** The comment's closing line (the plan digest): the trim note goes before it, so that it still ends the comment. */
  footer?: boolean;
}

export interface FitOptions {
  /** At most this much, as `measure` counts. Defaults to GitHub's comment limit. */
  limit?: number;
  /** Where the trim note sends readers for what was left out. */
  seeAlso?: string;
  /** What GitHub limits, as the trim note names it: `comment` (the default) or `job summary`. */
  limitOf?: string;
  /** How size is counted: JS string length (the default; never less than GitHub's character count) or bytes. */
  measure?: (text: string) => number;
}

/** UTF-8 bytes, for limits such as the job summary's. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

const SECTION_SEPARATOR = '\n\n';
const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;
const DETAILS_TAG = /<(\/?)details(?:\s[^>]*)?>/gi;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;

/**
 * Joins the sections with blank lines into at most `limit` (see FitOptions). When the whole does not fit, detail
 * sections give way, highest `trimRank` first: all of them first to their compact renderings, then each in turn is
 * cut at a line boundary or dropped, the longest first within a rank (equal sizes from the end). Only when no detail
 * section is left do kept sections shrink, highest `trimRank` first and longest first within a rank: to their first
 * compact rendering, then the next, and last of all they are cut from the end. Once shrinking kept sections leaves
 * room, those that shrank earlier grow back and the dropped detail sections come back, most wanted first, while they
 * fit; the first that fits in no rendering is cut to the room left. Each cut closes its open code fence and
 * `<details>` blocks, so what follows still renders, and says how many lines went and where to find them.
 */
export function fitComment(sections: readonly CommentSection[], options: FitOptions = {}): string {
  const {
    limit = GITHUB_COMMENT_LIMIT,
    seeAlso = 'the job summary and the plan file',
    limitOf = 'comment',
    measure = lengthOf,
  } = options;
  const rendering = sections.map((section) => section.markdown);
  const dropped = new Set<number>();
  const current = () => rendering.filter((_, index) => !dropped.has(index)).join(SECTION_SEPARATOR);
  if (measure(current()) <= limit) return current();

  const withNote = (text: string) => {
    const shown = rendering.flatMap((markdown, index) => (dropped.has(index) ? [] : [{ markdown, index }]));
    const footers = shown.length > 0 && sections[shown.at(-1)!.index]!.footer ? 1 : 0;
    const parts = shown.map(({ markdown }) => markdown);
    return [...parts.slice(0, parts.length - footers), text, ...parts.slice(parts.length - footers)].join(
      SECTION_SEPARATOR,
    );
  };
  // The sections dropped or cut so far: the note names those with a name, so it says what went, not only how much.
  const trimmed = new Set<number>();
  // "From": a section cut keeps its first lines, so the note must not read as if it were gone.
  const note = (lines: number): string => {
    const named = [...new Set([...trimmed].flatMap((index) => sections[index]!.name ?? []))];
    const others = [...trimmed].some((index) => sections[index]!.name === undefined);
    return `_… ${formatCount(lines)} more ${lines === 1 ? 'line' : 'lines'} trimmed to fit GitHub's ${limitOf} limit${named.length > 0 ? ` (from ${named.join(' and ')}${others ? ', among others' : ''})` : ''}; see ${seeAlso}._`;
  };
  const fromTheEnd = (indexes: number[]) => indexes.reverse();
  const details = fromTheEnd(sections.flatMap((s, index) => (s.keep ? [] : [index]))).sort(
    (a, b) => (sections[b]!.trimRank ?? 0) - (sections[a]!.trimRank ?? 0),
  );
  const kept = fromTheEnd(sections.flatMap((s, index) => (s.keep ? [index] : [])));
  let trimmedLines = 0;
  // With a compact rendering in place: the comment, and a note for the sections dropped before, if it fits.
  const fitted = (): string | undefined => {
    const whole = trimmedLines > 0 ? withNote(note(trimmedLines)) : current();
    return measure(whole) <= limit ? whole : undefined;
  };
  // What cutting section `index` to fit would give, or undefined when not even the trim note fits.
  const cutToFit = (index: number, allowMidLine: boolean): string | undefined => {
    trimmed.add(index);
    const result = cutToFitInner(index, allowMidLine);
    if (result === undefined) trimmed.delete(index);
    return result;
  };
  const cutToFitInner = (index: number, allowMidLine: boolean): string | undefined => {
    const others = rendering.filter((_, i) => i !== index && !dropped.has(i));
    const used = others.reduce((sum, markdown) => sum + measure(markdown) + SECTION_SEPARATOR.length, 0);
    const own = sections[index]!.cut;
    if (own) {
      const trimNote = trimmedLines > 0 ? measure(note(trimmedLines)) + SECTION_SEPARATOR.length : 0;
      const ownCut = own(limit - used - trimNote, measure);
      if (ownCut === undefined) return undefined;
      rendering[index] = ownCut;
      return fitted();
    }
    const cut = cutSection(rendering[index]!, limit - used, trimmedLines, note, allowMidLine, measure);
    if (cut === undefined) return undefined;
    rendering[index] = cut;
    return current();
  };

  // Within a rank the longest as it now stands gives way first (equal sizes from the end, as `details` lists them):
  // a diff made long by padding, a few very long lines even once shrunk, must not stay whole while the diffs beside
  // it, which may hold what matters, are cut.
  const longestFirst = () =>
    [...details].sort(
      (a, b) =>
        (sections[b]!.trimRank ?? 0) - (sections[a]!.trimRank ?? 0) || measure(rendering[b]!) - measure(rendering[a]!),
    );
  // Every detail section shrinks to its compact renderings before any is cut or dropped: a diff that matters must
  // not go while a list could still have shrunk to headlines.
  for (const index of longestFirst()) {
    for (const compact of sections[index]!.compact ?? []) {
      rendering[index] = compact;
      const whole = fitted();
      if (whole !== undefined) return whole;
    }
  }
  for (const index of longestFirst()) {
    const cut = cutToFit(index, false);
    if (cut !== undefined) return cut;
    dropped.add(index);
    trimmed.add(index);
    trimmedLines += countLines(rendering[index]!);
  }
  // Kept sections shrank, and left room. Those that shrank before the last grow back, the last shrunk first, each to
  // its longest rendering that fits (a drift issue's state, shrunk before its critical findings, is whole again once
  // they are short); then the detail sections dropped before come back while they fit, the most wanted first, and
  // the first that fits in no rendering is cut to fill what room is left.
  const shrunk: number[] = [];
  const refilled = (): string => {
    for (const index of [...shrunk].reverse()) {
      const shown = rendering[index]!;
      const longer = [sections[index]!.markdown, ...(sections[index]!.compact ?? [])];
      const fits = longer.slice(0, longer.indexOf(shown)).find((candidate) => {
        rendering[index] = candidate;
        return fitted() !== undefined;
      });
      if (fits === undefined) rendering[index] = shown;
    }
    const wanted = [...dropped].reverse();
    const shortest = (index: number) => [sections[index]!.markdown, ...(sections[index]!.compact ?? [])].at(-1)!;
    for (const [position, index] of wanted.entries()) {
      const shown = rendering[index]!;
      dropped.delete(index);
      trimmed.delete(index);
      trimmedLines -= countLines(shown);
      // Room is kept for the less wanted sections still to come back in their shortest renderings: one padded diff
      // coming back whole must not crowd out every other diff, when all of them fit shortened.
      const reserve = wanted
        .slice(position + 1)
        .reduce((sum, later) => sum + measure(shortest(later)) + SECTION_SEPARATOR.length, 0);
      const candidates = [sections[index]!.markdown, ...(sections[index]!.compact ?? [])];
      const fitsWith = (room: number) =>
        candidates.find((candidate) => {
          rendering[index] = candidate;
          const whole = fitted();
          return whole !== undefined && measure(whole) + room <= limit;
        });
      if (fitsWith(reserve) !== undefined || fitsWith(0) !== undefined) continue;
      // The most wanted section that does not fit whole takes the room left, cut, before a less wanted one comes
      // back whole (a change list before the OU tree). Its note counts everything left out, so nothing follows.
      rendering[index] = sections[index]!.markdown;
      const cut = cutToFit(index, false);
      if (cut !== undefined && measure(cut) <= limit) return cut;
      rendering[index] = shown;
      dropped.add(index);
      trimmed.add(index);
      trimmedLines += countLines(shown);
    }
    return fitted()!;
  };
  // With every detail section gone the kept ones may fit as they are: the dropped ones come back where they fit.
  if (fitted() !== undefined) return refilled();
  const rankOf = (index: number) => sections[index]!.trimRank ?? 0;
  for (const rank of [...new Set(kept.map(rankOf))].sort((a, b) => b - a)) {
    const ranked = kept.filter((index) => rankOf(index) === rank);
    const levels = Math.max(0, ...ranked.map((index) => sections[index]!.compact?.length ?? 0));
    for (let level = 0; level < levels; level++) {
      // The longest section shrinks first: a list of thousands goes to counts before a list of one does.
      const longestFirst = ranked
        .filter((index) => sections[index]!.compact?.[level] !== undefined)
        .sort((a, b) => measure(rendering[b]!) - measure(rendering[a]!));
      for (const index of longestFirst) {
        rendering[index] = sections[index]!.compact![level]!;
        if (!shrunk.includes(index)) shrunk.push(index);
        if (fitted() !== undefined) return refilled();
      }
    }
  }
  for (const index of kept) {
    const cut = cutToFit(index, true);
    if (cut !== undefined) return cut;
    dropped.add(index);
    trimmed.add(index);
    trimmedLines += countLines(rendering[index]!);
  }
  // Only a limit shorter than the note itself gets here.
  return truncate(note(trimmedLines), limit, measure);
}

interface MarkdownBlockState {
  /** The fence that opened the current code block, e.g. "```" or "~~~~". */
  fence: string | undefined;
  detailsDepth: number;
}

/**
 * The longest line-boundary prefix of `markdown` that, with its closers and the trim note, fits in `budget`.
 * Undefined when not even the note fits. A kept section whose first line alone is too long is cut mid-line.
 */
function cutSection(
  markdown: string,
  budget: number,
  alreadyTrimmed: number,
  note: (lines: number) => string,
  allowMidLine: boolean,
  measure: (text: string) => number,
): string | undefined {
  const lines = markdown.split('\n');
  const total = countLines(markdown);
  const tail = (keptLines: number, state: MarkdownBlockState): string[] => [
    closers(state),
    note(alreadyTrimmed + total - keptLines),
  ];
  const render = (prefix: string, keptLines: number, state: MarkdownBlockState): string => {
    const [closing, trimNote] = tail(keptLines, state);
    return [[prefix, closing].filter(Boolean).join('\n'), trimNote].filter(Boolean).join(SECTION_SEPARATOR);
  };

  const nothingKept = render('', 0, emptyState());
  if (measure(nothingKept) > budget) return undefined;
  // Measure candidates arithmetically: building each one would copy the section once per line.
  let best: { prefixLength: number; keptLines: number; state: MarkdownBlockState } | undefined;
  const state = emptyState();
  let prefixLength = -1;
  let prefixSize = -1;
  for (let kept = 1; kept <= lines.length; kept++) {
    const line = lines[kept - 1] as string;
    prefixLength += line.length + 1;
    prefixSize += measure(line) + 1;
    if (prefixSize > budget) break;
    track(state, line);
    const keptLines = Math.min(kept, total);
    const [closing = '', trimNote = ''] = tail(keptLines, state);
    const size = prefixSize + (closing ? measure(closing) + 1 : 0) + SECTION_SEPARATOR.length + measure(trimNote);
    if (size <= budget) best = { prefixLength, keptLines, state: { ...state } };
  }
  if (best) return render(markdown.slice(0, best.prefixLength), best.keptLines, best.state);
  if (allowMidLine) {
    // Closers the partial line needs can only be known after cutting it, so shrink by any overshoot once.
    let room = budget - measure(nothingKept) - 1;
    for (let attempt = 0; attempt < 2 && room > 0; attempt++) {
      const partial = truncate(lines[0] as string, room, measure);
      const partialState = emptyState();
      track(partialState, partial);
      const candidate = render(partial, 0, partialState);
      if (measure(candidate) <= budget) return candidate;
      room -= measure(candidate) - budget;
    }
  }
  return nothingKept;
}

function emptyState(): MarkdownBlockState {
  return { fence: undefined, detailsDepth: 0 };
}

function track(state: MarkdownBlockState, line: string): void {
  const fence = FENCE_OPEN.exec(line);
  if (state.fence !== undefined) {
    const marker = fence?.[1];
    const closes =
      marker !== undefined &&
      marker[0] === state.fence[0] &&
      marker.length >= state.fence.length &&
      (fence?.[2] ?? '').trim() === '';
    if (closes) state.fence = undefined;
    return;
  }
  // A backtick fence's info string cannot contain a backtick; such a line is inline code, not a fence.
  if (fence?.[1] !== undefined && !(fence[1][0] === '`' && (fence[2] ?? '').includes('`'))) {
    state.fence = fence[1];
    return;
  }
  for (const tag of line.replace(INLINE_CODE, '').matchAll(DETAILS_TAG)) {
    state.detailsDepth = tag[1] === '/' ? Math.max(0, state.detailsDepth - 1) : state.detailsDepth + 1;
  }
}

function closers(state: MarkdownBlockState): string {
  const lines = state.fence === undefined ? [] : [state.fence];
  for (let i = 0; i < state.detailsDepth; i++) lines.push('</details>');
  return lines.join('\n');
}

function countLines(markdown: string): number {
  const lines = markdown.split('\n');
  return markdown.endsWith('\n') ? lines.length - 1 : lines.length;
}

function lengthOf(text: string): number {
  return text.length;
}

/**
 * The longest prefix of `text` of at most `size`. Never splits a surrogate pair: half an emoji is invalid UTF-16
 * and GitHub would reject or mangle it.
 */
function truncate(text: string, size: number, measure: (text: string) => number): string {
  let end = Math.min(text.length, Math.max(0, size));
  while (end > 0 && measure(text.slice(0, end)) > size)
    end -= Math.max(1, Math.ceil((measure(text.slice(0, end)) - size) / 3));
  const code = text.charCodeAt(end - 1);
  return text.slice(0, end > 0 && code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}
