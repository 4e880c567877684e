/** GitHub refuses issue and pull request comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65536;

export interface CommentSection {
  markdown: string;
  /** Kept sections (summary, destructive changes, errors) are only cut when they alone exceed the limit. */
  keep: boolean;
  /** Among detail sections, higher ranks give way first, and equal ranks from the end. Defaults to 0. */
  trimRank?: number;
}

const SECTION_SEPARATOR = '\n\n';
const FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;
const DETAILS_TAG = /<(\/?)details(?:\s[^>]*)?>/gi;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;

/**
 * Joins the sections with blank lines into a comment of at most `limit` characters (JS string length, which
 * is never less than GitHub's character count). When the whole does not fit, detail sections give way, highest
 * `trimRank` first and otherwise from the end: whole sections first, then the last one to go survives up to a line
 * boundary. Each cut closes its open code
 * fence and `<details>` blocks, so what follows still renders, and says how many lines went and where to find
 * them (`seeAlso`).
 */
export function fitComment(
  sections: readonly CommentSection[],
  limit = GITHUB_COMMENT_LIMIT,
  seeAlso = 'the job summary and the plan file',
): string {
  const whole = sections.map((s) => s.markdown).join(SECTION_SEPARATOR);
  if (whole.length <= limit) return whole;

  const note = (lines: number): string =>
    `_… ${lines} more ${lines === 1 ? 'line' : 'lines'} trimmed to fit GitHub's comment limit; see ${seeAlso}._`;
  const fromTheEnd = (indexes: number[]) => indexes.reverse();
  const details = fromTheEnd(sections.flatMap((s, index) => (s.keep ? [] : [index]))).sort(
    (a, b) => (sections[b]!.trimRank ?? 0) - (sections[a]!.trimRank ?? 0),
  );
  const kept = fromTheEnd(sections.flatMap((s, index) => (s.keep ? [index] : [])));

  // Details give way first; kept sections only once every detail section is gone.
  let trimmedLines = 0;
  const dropped = new Set<number>();
  for (const order of [details, kept]) {
    for (const index of order) {
      const section = sections[index] as CommentSection;
      const others = sections.flatMap((s, i) => (i === index || dropped.has(i) ? [] : [s.markdown]));
      const used = others.reduce((sum, markdown) => sum + markdown.length + SECTION_SEPARATOR.length, 0);
      const cut = cutSection(section.markdown, limit - used, trimmedLines, note, section.keep);
      if (cut !== undefined) {
        return sections
          .flatMap((s, i) => (i === index ? [cut] : dropped.has(i) ? [] : [s.markdown]))
          .join(SECTION_SEPARATOR);
      }
      dropped.add(index);
      trimmedLines += countLines(section.markdown);
    }
  }
  // Only a limit shorter than the note itself gets here.
  return truncate(note(trimmedLines), limit);
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
  if (nothingKept.length > budget) return undefined;
  // Measure candidates arithmetically: building each one would copy the section once per line.
  let best: { prefixLength: number; keptLines: number; state: MarkdownBlockState } | undefined;
  const state = emptyState();
  let prefixLength = -1;
  for (let kept = 1; kept <= lines.length; kept++) {
    prefixLength += (lines[kept - 1] as string).length + 1;
    if (prefixLength > budget) break;
    track(state, lines[kept - 1] as string);
    const keptLines = Math.min(kept, total);
    const [closing = '', trimNote = ''] = tail(keptLines, state);
    const length = prefixLength + (closing ? closing.length + 1 : 0) + SECTION_SEPARATOR.length + trimNote.length;
    if (length <= budget) best = { prefixLength, keptLines, state: { ...state } };
  }
  if (best) return render(markdown.slice(0, best.prefixLength), best.keptLines, best.state);
  if (allowMidLine) {
    // Closers the partial line needs can only be known after cutting it, so shrink by any overshoot once.
    let room = budget - nothingKept.length - 1;
    for (let attempt = 0; attempt < 2 && room > 0; attempt++) {
      const partial = truncate(lines[0] as string, room);
      const partialState = emptyState();
      track(partialState, partial);
      const candidate = render(partial, 0, partialState);
      if (candidate.length <= budget) return candidate;
      room -= candidate.length - budget;
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

// Never splits a surrogate pair: half an emoji is invalid UTF-16 and GitHub would reject or mangle it.
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
