import type { ChangeEffect } from './change-effects.js';
import { changeKindCounts } from './change-kind-nouns.js';
import { tellingDetailIndices } from './effect-details.js';
import type { CommentSection } from './fit-comment.js';
import { accountsInFlaggedValues } from './flagged-accounts.js';
import { escapeMarkdown } from './markdown-escape.js';
import { countOf, highImpactCount } from './phrasing.js';

/**
 * Destructive and high-impact changes, set apart and kept when details are trimmed, each with its effect: who
 * loses or gains an SCP, which instances go, what a new template adds and whom it trusts. A change that is both
 * is listed as destructive. Should thousands not fit, they shrink to headlines, then to headlines with each summary
 * line cut, then to counts by kind, which always fit.
 */
export function flaggedSections(
  effects: readonly ChangeEffect[],
  corrections: ReadonlySet<string>,
  diffWhere: string,
  listed: ListedIn,
  /** StackSet → its NoEcho parameters, whose values are never shown. */
  secret: Readonly<Record<string, readonly string[]>> = {},
): CommentSection[] {
  const destructive = effects.filter((effect) => effect.change.destructive);
  const highImpact = effects.filter((effect) => effect.change.highImpact && !effect.change.destructive);
  const alsoHighImpact = destructive.filter((effect) => effect.change.highImpact).length;
  const pronoun = (count: number) => (count === 1 ? 'it' : 'them');
  // A pull request's plan also holds what undoes drift already on main: said, so the branch is not taken for it.
  const fromMain = (flagged: readonly ChangeEffect[]) => {
    const count = flagged.filter((effect) => corrections.has(effect.change.id)).length;
    if (count === 0) return '';
    return count === flagged.length
      ? ` ${count === 1 ? 'It corrects' : 'All correct'} drift already on main, which main’s own plan holds too.`
      : ` ${count} of them ${count === 1 ? 'corrects' : 'correct'} drift already on main, which main’s own plan holds too (marked).`;
  };
  const section = (callout: string, lead: string, flagged: readonly ChangeEffect[]): CommentSection => {
    // A shortened list says so once, at its head: a reviewer must not take a change's first lines for all of it.
    const accounts = accountsInFlaggedValues(
      flagged.map((effect) => effect.change),
      secret,
    );
    const render = (items: string[], shortened = false) =>
      [
        callout,
        lead,
        ...(accounts ? ['>', `> ${escapeMarkdown(accounts)}`] : []),
        ...(shortened ? [`>`, `> ${shortenedNote(listed)}`] : []),
        '>',
        ...items,
      ].join('\n');
    // Shortened, a change keeps its reason while few of its kind are flagged, or few for that reason among a kind
    // flagged for few reasons: hundreds of moves flagged alike would repeat theirs, and must not take it from the one
    // move flagged otherwise. Reasons can hold text the pull request writes (an exception's approvedBy): a kind whose
    // reasons are many is read by its kind alone, or padding would make every reason rare.
    const ofKind = countsBy(flagged, (effect) => effect.change.kind);
    const alike = countsBy(flagged, flaggedFor);
    const reasonsOfKind = countsBy([...new Set(flagged.map(flaggedFor))].map(kindOf), (kind) => kind);
    const why = (effect: ChangeEffect) =>
      ofKind.get(effect.change.kind)! <= BRIEF_REASONS ||
      (reasonsOfKind.get(effect.change.kind)! <= BRIEF_REASONS && alike.get(flaggedFor(effect))! <= BRIEF_REASONS);
    const item = (depth: FlaggedDepth) => (effect: ChangeEffect) =>
      flaggedItem(effect, depth, diffWhere, listed, corrections.has(effect.change.id), why(effect));
    return {
      keep: true,
      markdown: render(flagged.flatMap(item('details'))),
      compact: [
        render(flagged.flatMap(item('brief')), true),
        render(flagged.flatMap(item('headline')), true),
        // Hundreds flagged alike must not push out the one of its kind: the rarest kinds keep their headlines and
        // template summaries (whom a new template trusts), the common ones are counted.
        ...(flagged.length > RAREST_LISTED ? [render(rarestFirst(flagged, item('headline'), listed), true)] : []),
        // Template summaries that name hundreds of principals fit in no comment whole: each line is cut, so the
        // changes keep their headlines and what they trust first, before the section shrinks to counts.
        render(flagged.flatMap(item('cut')), true),
        ...(flagged.length > RAREST_LISTED ? [render(rarestFirst(flagged, item('cut'), listed), true)] : []),
        render(
          [`> - ${changeKindCounts(flagged.map(({ change }) => change.kind))}; each is in ${listed.elsewhere}`],
          true,
        ),
      ],
    };
  };
  const sections: CommentSection[] = [];
  if (destructive.length > 0)
    sections.push(
      section(
        '> [!WARNING]',
        `> **${countOf(destructive.length, 'destructive change')}.**${fromMain(destructive)} Apply carries ${pronoun(destructive.length)} out only with \`allow-destructive\`, from an approved plan that lists ${pronoun(destructive.length)}.`,
        destructive,
      ),
    );
  if (highImpact.length > 0)
    sections.push(
      section(
        '> [!IMPORTANT]',
        `> ${countLead(highImpactCount(highImpact.length, alsoHighImpact))}${fromMain(highImpact)} ${highImpact.length === 1 ? 'It deletes' : 'They delete'} nothing but ${highImpact.length === 1 ? 'reaches' : 'reach'} far: a change at the root, new content for an SCP in force for more than one account or that loosens it, an SCP newly attached over more than one account or over accounts no manifest declares, an Allow added where FullAWSAccess is not attached, a change that leaves accounts with no SCP allowing anything, an account moved out from under an SCP or a level that allows nothing, or a baseline that grants or controls access (IAM, resource policies, permissions, shares, security groups, the permissions boundary) that is new, changed or given other parameters, or a baseline template that changes how long data is kept. Review ${pronoun(highImpact.length)} closely; the example apply workflow asks the \`production-destructive\` environment's reviewers to approve ${pronoun(highImpact.length)}.`,
        highImpact,
      ),
    );
  return sections;
}

/** Flagged changes named, rarest kind first, when their headlines no longer fit. */
const RAREST_LISTED = 20;

/** What a flagged change is flagged alike with: its kind and its `high impact:` reason. */
const flaggedFor = (effect: ChangeEffect) => `${effect.change.kind}\u0000${effect.why ?? ''}`;

const kindOf = (key: string) => key.slice(0, key.indexOf('\u0000'));

function countsBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/**
 * The first RAREST_LISTED flagged changes, rendered by `item`, and the others counted by kind. Kinds take turns,
 * the rarest kind first, so every kind of change keeps a named slot however many of another kind pad the plan; within
 * a kind the changes flagged for the rarest reasons come first (then plan order): one move flagged for a level that
 * allows nothing comes before two hundred moved out from under the same SCP.
 */
function rarestFirst(
  flagged: readonly ChangeEffect[],
  item: (effect: ChangeEffect) => string[],
  listed: ListedIn,
): string[] {
  const counts = countsBy(flagged, flaggedFor);
  const kinds = new Map<string, ChangeEffect[]>();
  for (const effect of flagged) kinds.set(effect.change.kind, [...(kinds.get(effect.change.kind) ?? []), effect]);
  const turns = [...kinds.values()]
    .sort((a, b) => a.length - b.length)
    .map((ofKind) =>
      ofKind
        .map((effect, index) => ({ effect, index }))
        .sort((a, b) => counts.get(flaggedFor(a.effect))! - counts.get(flaggedFor(b.effect))! || a.index - b.index)
        .map(({ effect }) => effect),
    );
  const ranked: ChangeEffect[] = [];
  for (let turn = 0; ranked.length < flagged.length; turn++)
    for (const ofKind of turns) if (turn < ofKind.length) ranked.push(ofKind[turn]!);
  const named = ranked.slice(0, RAREST_LISTED);
  const counted = ranked.slice(RAREST_LISTED).map(({ change }) => change.kind);
  return [...named.flatMap(item), `> - … and ${changeKindCounts(counted)}; each is in ${listed.elsewhere}`];
}

/** Flagged changes of one kind up to which a brief rendering keeps each one's `high impact:` reason. */
const BRIEF_REASONS = 20;

/** Where what a rendering leaves out is: for the comment, the job summary and the plan file; for the summary, the file. */
export interface ListedIn {
  /** The limit that shortened it. */
  limit: string;
  /** Where each change is in full. */
  elsewhere: string;
}

export function listedIn(diffLines: number): ListedIn {
  return diffLines === Infinity
    ? { limit: 'job summary', elsewhere: 'the plan file' }
    : { limit: 'comment', elsewhere: 'the job summary and the plan file' };
}

function shortenedNote(listed: ListedIn): string {
  // The job summary trims long account lists too (`… and 441 more`): only the plan file has every one.
  return listed.limit === 'job summary'
    ? `_Shortened to fit GitHub's job summary limit: each change's every account, region, value and diff is in the plan file._`
    : `_Shortened to fit GitHub's comment limit: the job summary has more of each change, and the plan file its every account, region, value and diff._`;
}

/** `**2 high-impact changes.**`, or `**1 more high-impact change**, besides ….` */
function countLead({ label, besides }: { label: string; besides: string }): string {
  return besides ? `**${label}**${besides}.` : `**${label}.**`;
}

/** Detail lines shown under a flagged change; the full list and its diff follow in the details. */
const FLAGGED_DETAIL_LINES = 6;
/**
 * Detail lines kept under each flagged change when there are too many to show six: the accounts, regions and
 * values go last, since hundreds of bare headlines (`Deploy roles to 1 stack instance`) would let one padded
 * pull request hide which of them names another account.
 */
const BRIEF_DETAIL_LINES = 2;
/** The first detail line stays under even a bare headline: for stack instances, the accounts and regions. */
const HEADLINE_DETAIL_LINES = 1;

/**
 * The detail indices `shown`, with every override line, and its heading, that gives an account another value than
 * the StackSet's (the change's `differingOverrides`): those values are what make the change high impact, and two
 * lines would show a harmless first one and hide, say, a swapped SAML metadata document behind it.
 */
function withDifferingOverrides(effect: ChangeEffect, shown: ReadonlySet<number>): Set<number> {
  const after = effect.change.after as { differingOverrides?: unknown } | null;
  const differing = new Set(Array.isArray(after?.differingOverrides) ? after.differingOverrides.map(String) : []);
  const kept = new Set<number>(shown);
  if (differing.size === 0) return kept;
  let heading: number | undefined;
  effect.details.forEach((line, index) => {
    if (!line.startsWith('  ')) heading = line.endsWith(':') ? index : undefined;
    // `Name = "value"` for a new instance, `Name: "old" → "new"` for a changed one; parameter names are alphanumeric.
    else if (differing.has(/^[A-Za-z0-9]+/.exec(line.trim())?.[0] ?? '')) {
      kept.add(index);
      if (heading !== undefined) kept.add(heading);
    }
  });
  return kept;
}

/** A detail line's characters kept under a flagged change; the list of changes and the plan file hold it whole. */
const FLAGGED_DETAIL_LENGTH = 300;

/**
 * `line` cut to about FLAGGED_DETAIL_LENGTH characters. A `Key: old → new` line is cut around where the two values
 * first differ, each side given half the room unless the other needs less: a SAML metadata document whose
 * certificate changes 2,000 characters in would otherwise show two identical prefixes and never the change.
 */
function shortenedDetail(line: string): string {
  if (line.length <= FLAGGED_DETAIL_LENGTH) return line;
  const arrow = line.indexOf(' → ');
  const keyEnd = line.indexOf(': ') + 2;
  if (arrow < 0 || keyEnd < 2 || keyEnd > arrow) return `${line.slice(0, FLAGGED_DETAIL_LENGTH)}… (cut here)`;
  const [before, after] = [line.slice(keyEnd, arrow), line.slice(arrow + 3)];
  let common = 0;
  while (common < before.length && common < after.length && before[common] === after[common]) common++;
  const room = FLAGGED_DETAIL_LENGTH - keyEnd;
  // Some context before the first difference, so the reader sees where in the value it is.
  const start = Math.max(0, common - Math.floor(room / 6));
  const around = (value: string, other: string) => {
    const length = Math.max(Math.floor(room / 2), room - Math.min(other.length - start, Math.floor(room / 2)));
    return `${start > 0 ? '…' : ''}${value.slice(start, start + length)}${value.length > start + length ? '…' : ''}`;
  };
  return `${line.slice(0, keyEnd)}${around(before, after)} → ${around(after, before)} (cut here)`;
}

/**
 * How much of a flagged change is shown: `details` all its summary and six detail lines, `brief` two, `headline` one,
 * `cut` as `headline` with each summary line cut to FLAGGED_DETAIL_LENGTH characters.
 */
type FlaggedDepth = 'details' | 'brief' | 'headline' | 'cut';

/** A flagged change: its headline and template summary, then (`details`) its first detail lines. */
function flaggedItem(
  effect: ChangeEffect,
  depth: FlaggedDepth,
  diffWhere: string,
  listed: ListedIn,
  correction = false,
  /** Keep the `high impact:` reason in a shortened item (the full summary always has it). */
  why = false,
): string[] {
  const highImpact = effect.change.highImpact && effect.change.destructive ? ' _(also high impact)_' : '';
  const onMain = correction ? ' _(corrects drift already on main)_' : '';
  const headline = [`> - ${escapeMarkdown(effect.headline)}${highImpact}${onMain}`];
  const brief = effect.briefSummary ?? effect.summary;
  const reason = why && effect.why !== undefined && brief[0] !== effect.why ? [effect.why] : [];
  const summary = (depth === 'details' ? effect.summary : [...reason, ...brief]).map(
    (line) => `>   - ${escapeMarkdown(depth === 'cut' ? shortenedDetail(line) : line)}`,
  );
  const leading = tellingDetailIndices(
    effect.details,
    depth === 'headline' || depth === 'cut'
      ? HEADLINE_DETAIL_LINES
      : depth === 'brief'
        ? BRIEF_DETAIL_LINES
        : FLAGGED_DETAIL_LINES,
  );
  const kept = depth === 'brief' ? withDifferingOverrides(effect, leading) : leading;
  const shown = effect.details.filter((_, index) => kept.has(index));
  // A heading's items stay beneath it at every depth: flattened, `parameter overrides:` reads as an empty line.
  const details = shown.map((line) =>
    line.startsWith('  ')
      ? `>     - ${escapeMarkdown(shortenedDetail(line.trim()))}`
      : `>   - ${escapeMarkdown(shortenedDetail(line))}`,
  );
  if (depth === 'headline' || depth === 'cut') return [...headline, ...summary, ...details];
  const rest = effect.details.length - shown.length;
  return [
    ...headline,
    ...summary,
    ...details,
    // Shortened, the section's head says once where each change is whole: hundreds of items need not repeat it.
    ...(rest > 0
      ? [
          `>   - … ${countOf(rest, 'more detail line')}: see the list of changes${depth === 'details' ? `, or ${listed.elsewhere}` : ''}`,
        ]
      : []),
    ...(effect.diff ? [`>   - ${effect.diff.of} diff ${diffWhere}`] : []),
  ];
}
