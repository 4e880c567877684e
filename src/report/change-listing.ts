import type { Change, ChangeAction } from '../plan/plan.js';
import type { ChangeEffect, ResourceChanges } from './change-effects.js';

/** What a line of the listing is, so a terminal can colour it and markdown can leave it plain. */
export type ListingStyle = 'resource' | ChangeAction | 'detail' | 'added' | 'removed' | 'hunk' | 'context' | 'blank';

export interface ListingLine {
  text: string;
  style: ListingStyle;
}

/** Terraform's markers, so a plan reads the same in the terminal and in the comment's diff block. */
export const ACTION_SYMBOL: Record<ChangeAction, string> = { create: '+', change: '~', destroy: '-' };

/**
 * How much of each change a listing shows: everything, diffs in place (`inline`, for a terminal); everything but
 * the diffs, which the PR comment shows in diff blocks of their own where GitHub colours them (`elsewhere`); or
 * the marked headline alone (`headlines`), when the details do not fit.
 */
export type ListingDepth = 'inline' | 'elsewhere' | 'headlines';

/**
 * The plan grouped by resource, Terraform's way: `# resource`, then each change with its marker and flags, its
 * template summary and details indented beneath, to the given depth.
 */
export function changeListing(groups: readonly ResourceChanges[], depth: ListingDepth): ListingLine[] {
  const lines: ListingLine[] = [];
  for (const group of groups) {
    if (lines.length > 0) lines.push({ text: '', style: 'blank' });
    lines.push({ text: `# ${group.resource}`, style: 'resource' });
    for (const effect of group.effects) lines.push(...effectLines(effect, depth));
  }
  return lines;
}

/** `[destructive] [high impact]`, as a change has them; empty for neither. */
export function changeFlags(change: Pick<Change, 'destructive' | 'highImpact'>): string {
  return [change.destructive ? '[destructive]' : '', change.highImpact ? '[high impact]' : '']
    .filter(Boolean)
    .join(' ');
}

/** One change: its marked headline, then its template summary, details and diff four spaces in. */
export function effectLines(effect: ChangeEffect, depth: ListingDepth): ListingLine[] {
  const { change } = effect;
  const flags = changeFlags(change);
  const headline: ListingLine = {
    text: `${ACTION_SYMBOL[change.action]} ${effect.headline}${flags ? `  ${flags}` : ''}`,
    style: change.action,
  };
  if (depth === 'headlines') return [headline];
  const lines: ListingLine[] = [
    headline,
    ...[...effect.summary, ...effect.details].map((detail) => ({ text: `    ${detail}`, style: 'detail' as const })),
  ];
  if (!effect.diff) return lines;
  const { of, diff } = effect.diff;
  if (depth === 'elsewhere') {
    lines.push({ text: `    ${of} diff: below the list`, style: 'detail' });
    return lines;
  }
  lines.push({ text: `    ${of} diff:`, style: 'detail' });
  lines.push(...diff.lines.map((line) => ({ text: `    ${line}`, style: diffLineStyle(line) })));
  return lines;
}

export function diffLineStyle(line: string): ListingStyle {
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+')) return 'added';
  if (line.startsWith('-')) return 'removed';
  return 'context';
}
