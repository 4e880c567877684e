import { BOOTSTRAP_TEMPLATE } from '../config/bootstrap-template.js';
import { formatCount } from '../config/quotas.js';
import type { BootstrapFileChange } from '../config/bootstrap-template.js';
import { undeclaredInstanceLines, undeclaredInstancesClause } from './undeclared-instances.js';
import {
  ALREADY_ON_MAIN,
  correctionIds,
  missingAccountsNote,
  problemKey,
  problemsOnMain,
  renamedByHandNote,
  undoesIgnoredNote,
} from '../drift/pull-request-drift.js';
import type { MainDrift, MainDriftUnavailable } from '../drift/pull-request-drift.js';
import type { DroppedOrganizationalUnit } from '../plan/dropped-organizational-units.js';
import type { Change, Plan, PlanSummary } from '../plan/plan.js';
import { describeChanges, groupByResource } from './change-effects.js';
import { changeFlags, changeListing } from './change-listing.js';
import {
  countOf,
  highImpactCount,
  listNames,
  problemPlace,
  raisedQuotasNote,
  unreadOwnershipNote,
  whereInstances,
} from './phrasing.js';
import { acceptedLines, behindNote, branchEditNote, correctionWhere, silencedLines } from './drift-phrasing.js';
import { ansi, plain } from './terminal-style.js';
import type { Paint } from './terminal-style.js';
import { visible, visibleLine } from './visible-text.js';
import { accountsInFlaggedValues } from './flagged-accounts.js';

/**
 * What plan does not read, said wherever a plan is shown: ListStackInstances omits parameter overrides, and one
 * DescribeStackInstance per instance would be thousands of calls, so plan reads them only where they can be. Vend's
 * own words, and markdown too: the PR comment shows them as they are, `vend drift` as code.
 */
export const UNREAD_OVERRIDES =
  'Parameter overrides of stack instances are read only where a manifest declares them or vend recorded them (tag vend:parameter-overrides); `vend drift` reads them on every instance.';

/** Bootstrap files a notice names before it counts the rest, and the characters of a path it shows. */
const NAMED_BOOTSTRAP_FILES = 10;
const SHOWN_PATH_LENGTH = 160;

/**
 * What a reviewer must know when a pull request edits a bootstrap template: it is the roles vend runs as, and no
 * plan change stands for it. `changes` is bootstrapTemplateChanges' answer, not empty. The changed and removed files
 * come first, at most NAMED_BOOTSTRAP_FILES in all and each path on one line and shortened, so that hundreds of
 * long-named files cannot push the notice past what a comment keeps (it is one line, kept whole or not at all).
 */
export function bootstrapNotice(changes: readonly BootstrapFileChange[]): string {
  const verbs: Record<string, string> = { changed: 'changes', removed: 'removes', added: 'adds' };
  // A file vend refused to read (a symbolic link in the template's place) is as much a change as an edit.
  const order = (change: string) => (Object.hasOwn(verbs, change) ? Object.keys(verbs).indexOf(change) : 0);
  const ranked = [...changes].sort((a, b) => order(a.change) - order(b.change));
  const named = ranked.slice(0, NAMED_BOOTSTRAP_FILES);
  const path = (file: string) => {
    const shown = visibleLine(file);
    return shown.length <= SHOWN_PATH_LENGTH
      ? shown
      : `${shown.slice(0, SHOWN_PATH_LENGTH / 2)}…${shown.slice(-SHOWN_PATH_LENGTH / 2)}`;
  };
  const done = Object.keys(verbs).flatMap((change) => {
    const files = named.filter((entry) => entry.change === change).map((entry) => path(entry.file));
    return files.length > 0 ? [`${verbs[change]} ${listNames(files, Infinity)}`] : [];
  });
  const unread = named.filter((entry) => !Object.hasOwn(verbs, entry.change));
  const more = changes.length - named.length;
  const what = [
    ...(done.length > 0 ? [`This pull request ${listNames(done, Infinity)}`] : []),
    ...unread.map(
      (entry) =>
        `${done.length > 0 ? 'its' : "This pull request's"} ${path(entry.file)} was not read (${visibleLine(entry.change)})`,
    ),
    ...(more > 0
      ? [`and ${countOf(more, 'more file')} there (the pull request's diff of baselines/bootstrap/ lists them)`]
      : []),
  ].join('; ');
  return `${what}: the bootstrap stack, which holds the roles vend runs as (who may assume them and what they may do), is deployed from ${BOOTSTRAP_TEMPLATE} or a copy of it. No change in this plan stands for it, since vend never deploys that stack: someone updates it by hand with the management account. Have the security team review the diff of every file named.`;
}

/**
 * The warning for a pull request that changes how StackSet operations roll out, which no plan change stands for.
 * `change` is operationPreferencesChange's answer.
 */
export function operationPreferencesNotice(change: readonly string[]): string {
  const unset = change.some((line) => /: unset |→ unset$/.test(line))
    ? ", where unset is CloudFormation's default (one account at a time, stopping at the first failure)"
    : '';
  return `This pull request changes how apply rolls out StackSet operations (stackSets.operationPreferences in baselines/organization.yaml): ${change.join('; ')}${unset}. Every StackSet operation apply starts from the merge on, this plan's included, runs this way. No change in this plan stands for it, since CloudFormation keeps no such setting on a StackSet.`;
}

/**
 * The warning for a pull request that stops declaring OUs AWS still has (droppedOrganizationalUnits): vend deletes
 * no OU and detaches nothing from a target the repository does not declare, so each stays as it is, its SCPs
 * still in force on whatever it holds, with no plan change to say so.
 */
export function droppedOrganizationalUnitsNotice(dropped: readonly DroppedOrganizationalUnit[]): string {
  const each = dropped.map((unit) => {
    const holds = [
      ...(unit.childUnits > 0 ? [countOf(unit.childUnits, 'child OU')] : []),
      ...(unit.accounts > 0
        ? [countOf(unit.accounts, 'account no manifest declares', 'accounts no manifest declares')]
        : []),
    ];
    const scps =
      unit.scps.length > 0
        ? `, with ${unit.scps.length === 1 ? 'SCP' : 'SCPs'} ${listNames(unit.scps.map((name) => JSON.stringify(name)))} attached ${unit.childUnits > 0 ? 'to it or beneath it' : 'to it'}`
        : '';
    return `${unit.path} (${unit.id}${holds.length > 0 ? `; it holds ${holds.join(' and ')}` : ''})${scps}`;
  });
  return `This pull request stops declaring ${dropped.length === 1 ? 'an OU' : `${dropped.length} OUs`} that AWS still has: ${each.join('; ')}. Vend never deletes an OU, nor detaches an SCP from one the repository does not declare, so merging leaves ${dropped.length === 1 ? 'it' : 'them'} as ${dropped.length === 1 ? 'it is' : 'they are'}, unmanaged, and no change in this plan stands for ${dropped.length === 1 ? 'it' : 'them'}; the nightly drift check then reports ${dropped.length === 1 ? 'it' : 'each'} as an undeclared OU. To retire ${dropped.length === 1 ? 'it' : 'them'}, once this is merged and applied move out any account left and delete ${dropped.length === 1 ? 'it' : 'them'} by hand (aws organizations delete-organizational-unit); to keep managing ${dropped.length === 1 ? 'it' : 'them'}, declare ${dropped.length === 1 ? 'it' : 'them'} again.`;
}

/**
 * The warning for a pull request that moves where vend finds its StackSets (homeRegion, stackSets.namePrefix).
 * `change` is stackSetHomeChange's answer.
 */
export function stackSetHomeNotice(change: readonly string[]): string {
  return `This pull request changes where vend finds its StackSets (${change.join('; ')}): vend lists StackSets by that prefix in that Region only, so every StackSet it deployed under the old ones is left behind, with its stacks, and never updated, retired or deleted again, while this plan creates new ones beside them (named resources in them, such as IAM roles, then fail in every account as they exist already). Retire the baselines first (remove them from the catalogue and apply), or keep the old value.`;
}

/**
 * Terraform's most-read line, in Vend's words: `0 to create, 4 to change (1 of them destructive), 0 to destroy`.
 * A change that deletes without being a deletion itself (a StackSet update that replaces or removes resources in
 * every account) is named beside the count, so the line never reads "0 to destroy" over a destructive change, as
 * Terraform counts a replacement among its destroys. `changes` are those `summary` counts.
 */
export function summaryLine(summary: PlanSummary, changes: readonly Change[]): string {
  const destructiveUpdates = changes.filter((change) => change.destructive && change.action !== 'destroy').length;
  const ofThem = destructiveUpdates > 0 ? ` (${destructiveUpdates} of them destructive)` : '';
  return `${formatCount(summary.create)} to create, ${formatCount(summary.change)} to change${ofThem}, ${formatCount(summary.destroy)} to destroy`;
}

/** Why apply will not run this plan, or undefined: `Apply is blocked by 2 problems: …`. */
export function blockedLine(plan: Plan): string | undefined {
  const count = plan.problems.length;
  if (count === 0) return undefined;
  return `Apply is blocked by ${countOf(count, 'problem')}: it changes nothing until ${count === 1 ? 'it is' : 'they are'} fixed.`;
}

export interface PlanTextOptions {
  /** ANSI colours, for a person at a terminal (see wantsColour). */
  colour?: boolean;
  /** With `--base`: the changes that only correct drift already on the base branch, named apart. */
  mainDrift?: MainDrift | MainDriftUnavailable;
  /** With `--base`: how the bootstrap template differs from the base branch's. */
  bootstrapChange?: readonly BootstrapFileChange[];
  /** With `--base`: warnings for settings the pull request changes that no plan change stands for (settingNotices). */
  settingNotices?: readonly string[];
}

/**
 * The plan for a terminal, Terraform's way: changes grouped by resource with the same detail as the PR comment
 * (accounts and regions, old → new values, blast radius, diffs), problems, then the summary line and digest.
 */
export function renderPlanText(plan: Plan, options: PlanTextOptions = {}): string {
  const paint = options.colour ? ansi : plain;
  const lines: string[] = [];
  if (plan.changes.length === 0 && plan.problems.length === 0)
    lines.push(
      `No changes. The organization matches the repository, in everything plan reads${undeclaredInstancesClause(plan.undeclaredInstances?.length, 'listed below')}. ${UNREAD_OVERRIDES}`,
    );
  // With --base, as in the comment: the branch's own changes here, those that only undo drift on main apart below.
  const corrections = correctionIds(options.mainDrift);
  const own = describeChanges(plan).filter((effect) => !corrections.has(effect.change.id));
  if (plan.changes.length > 0) {
    const whose =
      corrections.size > 0
        ? ` this branch’s own ${own.length === 1 ? 'change' : 'changes'}`
        : plan.changes.length === 1
          ? ' this change'
          : ' these changes';
    lines.push(
      plan.problems.length > 0
        ? `The plan holds${whose}, by resource; apply makes no change while ${plan.problems.length === 1 ? 'the problem below stands' : 'the problems below stand'}:`
        : `Vend will make${whose}, by resource${own.length > 1 ? ' (in apply order within each)' : ''}:`,
      '',
    );
    if (own.length === 0) lines.push('  (none: every change below corrects drift already on main)');
    for (const line of changeListing(groupByResource(own), 'inline'))
      lines.push(line.text ? `  ${paint(line.style, line.text)}` : '');
    // Counted where they are listed: the branch's own changes here; those correcting drift on main, below.
    const listed = own.map((effect) => effect.change);
    const destructive = listed.filter((change) => change.destructive).length;
    // A destructive change that is also high impact is counted, and held back, with the destructive ones.
    const highImpact = listed.filter((change) => change.highImpact && !change.destructive).length;
    const flaggedCorrections = plan.changes.filter(
      (change) => corrections.has(change.id) && (change.destructive || change.highImpact),
    ).length;
    if (destructive + highImpact > 0) lines.push('');
    // Named again at the end, as the comment sets them apart: in a plan of thousands of lines they are what to read.
    const flagged = (keep: (change: (typeof listed)[number]) => boolean) =>
      listed.filter(keep).map((change) => {
        // Stack instances are named here too, so the list reads on its own: which accounts, which regions.
        const members = change.target.startsWith('stackset:') ? (change.scope.members ?? []) : [];
        const where = members.length > 0 ? whereInstances(members, change.description) : '';
        const why = change.highImpactReason && change.highImpact ? ` — ${change.highImpactReason}` : '';
        return visibleLine(`    ${change.description}${where}${why}`);
      });
    // As the comment does under each flagged list: an account a parameter value names is never only in a long list.
    const accountIds = (keep: (change: (typeof listed)[number]) => boolean) => {
      const line = accountsInFlaggedValues(listed.filter(keep), plan.noEchoParameters);
      return line ? [visibleLine(`    ${line}`)] : [];
    };
    if (destructive > 0)
      lines.push(
        `${paint('destructive', countOf(destructive, 'destructive change'))} [destructive]: apply carries ${destructive === 1 ? 'it' : 'them'} out only with --allow-destructive.`,
        ...flagged((change) => change.destructive),
        ...accountIds((change) => change.destructive),
      );
    if (highImpact > 0) {
      const { label, besides } = highImpactCount(
        highImpact,
        listed.filter((change) => change.highImpact && change.destructive).length,
      );
      lines.push(
        `${paint('highImpact', label)} [high impact]${besides}: ${highImpact === 1 ? 'it reaches' : 'they reach'} far without deleting anything; review ${highImpact === 1 ? 'it' : 'them'} closely.`,
        ...flagged((change) => change.highImpact && !change.destructive),
        ...accountIds((change) => change.highImpact && !change.destructive),
      );
    }
    if (flaggedCorrections > 0 && destructive + highImpact === 0) lines.push('');
    if (flaggedCorrections > 0)
      lines.push(
        `${countOf(flaggedCorrections, 'destructive or high-impact change')} among the drift corrections below, which main’s own plan holds too.`,
      );
  }
  if (plan.raisedQuotas)
    lines.push('', paint('highImpact', visibleLine(`WARNING: ${raisedQuotasNote(plan.raisedQuotas)}`)));
  if (plan.problems.length > 0) {
    lines.push('', paint('problem', `${plan.problems.length === 1 ? 'A problem blocks' : 'Problems block'} apply:`));
    const onMain = problemsOnMain(options.mainDrift);
    for (const problem of plan.problems)
      lines.push(
        visibleLine(
          `  ! ${problem.target} ${problemPlace(problem)}${onMain.has(problemKey(problem)) ? ` ${ALREADY_ON_MAIN}` : ''}: ${problem.message}`,
        ),
      );
  }
  if (options.bootstrapChange?.length)
    lines.push('', paint('highImpact', visible(bootstrapNotice(options.bootstrapChange))));
  for (const notice of options.settingNotices ?? []) lines.push('', paint('highImpact', visible(notice)));
  if (options.mainDrift) lines.push('', ...mainDriftLines(options.mainDrift, paint));
  const notes = plan.accounts.flatMap((account) => account.notes.map((note) => visible(`  ${account.name}: ${note}`)));
  if (notes.length > 0) lines.push('', 'Notes:', ...notes);
  const owned = plan.unmanagedAccounts.filter((account) => account.ownedByVend);
  if (owned.length > 0) {
    lines.push(
      '',
      paint(
        'highImpact',
        `Accounts tagged ManagedBy: vend that no manifest declares: ${owned.length}. Deleting a manifest closes nothing; if a new account above is one of these with its email and name changed, a second account would be created. Put the manifest back (closed: true closes it), or remove the tag to give it up.`,
      ),
    );
    for (const account of owned)
      lines.push(visibleLine(`  ${account.name} (${account.id}) ${account.email} in ${account.parentPath}`));
  }
  if (plan.undeclaredInstances) {
    const { heading, lines: where } = undeclaredInstanceLines(plan.undeclaredInstances);
    const management = plan.undeclaredInstances.some((instance) => instance.management);
    lines.push(
      '',
      management ? paint('highImpact', heading) : heading,
      ...where.map((line) => visibleLine(`  ${line}`)),
    );
  }
  const unmanaged = plan.unmanagedAccounts.filter((account) => !account.ownedByVend);
  if (unmanaged.length > 0) {
    lines.push(
      '',
      `Unmanaged accounts (in AWS, declared nowhere; vend moves, tags and closes none of them): ${unmanaged.length}`,
    );
    if (unmanaged.some((account) => account.ownedByVend === undefined))
      lines.push(`  ${unreadOwnershipNote(unmanaged)}`);
    for (const account of unmanaged)
      lines.push(
        visibleLine(
          `  ${account.name} (${account.id}) ${account.email} in ${account.parentPath}${account.status ? `, ${account.status}` : ''}`,
        ),
      );
  }
  // The one thing plan does not read, said wherever the plan is: with no changes, the first line says it.
  if (plan.changes.length > 0 || plan.problems.length > 0) lines.push('', UNREAD_OVERRIDES);
  const blocked = blockedLine(plan);
  lines.push(
    '',
    `${paint('bold', `Plan: ${summaryLine(plan.summary, plan.changes)}.`)}${blocked ? ` ${paint('problem', blocked)}` : ''}`,
    `Digest: ${plan.digest}`,
  );

  // A plan with problems and no change starts at its problems, not at a blank line.
  return lines.join('\n').replace(/^\n+/, '');
}

/** The changes that are not the pull request's own but undo drift on the base branch, and the drift it accepts. */
function mainDriftLines(mainDrift: MainDrift | MainDriftUnavailable, paint: Paint): string[] {
  if ('unavailable' in mainDrift)
    return [`Drift already on main: not computed: ${mainDrift.unavailable}.`, ...silencedTextLines(mainDrift)];
  const behind = mainDrift.behind ? [paint('highImpact', `WARNING: ${behindNote(mainDrift.behind)}`)] : [];
  return [...behind, ...driftLines(mainDrift, paint)];
}

function driftLines(mainDrift: MainDrift, paint: Paint): string[] {
  const { corrections, correctionSummary, alsoCorrecting, accepted } = mainDrift;
  if (corrections.length === 0 && alsoCorrecting.length === 0 && accepted.length === 0)
    return [
      'Drift already on main: none for this plan to correct; drift a plan does not undo is the nightly drift check’s to report.',
      ...silencedTextLines(mainDrift),
    ];
  return [
    ...(corrections.length > 0
      ? [
          `Drift already on main: ${countOf(corrections.length, 'change')} (${summaryLine(correctionSummary, corrections)}) of this plan ${corrections.length === 1 ? 'corrects' : 'correct'} drift that main’s own plan holds too:`,
          // Marked as in the branch's own list: the count above them says some are destructive or high impact.
          ...corrections.map((change) =>
            visibleLine(
              `  ${change.description}${correctionWhere(change)}${changeFlags(change) ? `  ${changeFlags(change)}` : ''}`,
            ),
          ),
          // Warnings, as the comment sets them apart.
          ...[missingAccountsNote(corrections), renamedByHandNote(mainDrift), undoesIgnoredNote(mainDrift)]
            .filter((note) => note !== undefined)
            .map((note) => paint('highImpact', visibleLine(`  WARNING: ${note}`))),
        ]
      : ['Drift already on main: no change of this plan is main’s alone.']),
    ...(alsoCorrecting.length > 0
      ? [
          `${countOf(alsoCorrecting.length, 'change')} of this branch also ${alsoCorrecting.length === 1 ? 'corrects' : 'correct'} drift on main, with this branch’s own work:`,
          ...alsoCorrecting.map((change) =>
            visibleLine(`  ${change.description}${changeFlags(change) ? `  ${changeFlags(change)}` : ''}`),
          ),
        ]
      : []),
    ...(mainDrift.branchEdits ?? []).flatMap((edit) => {
      const note = branchEditNote(edit);
      return [
        paint(
          note.caution ? 'problem' : 'highImpact',
          visibleLine(`${note.caution ? 'CAUTION' : 'WARNING'}: ${note.text}`),
        ),
        ...note.diff.map((line) => `    ${visibleLine(line)}`),
      ];
    }),
    ...acceptedTextLines(mainDrift, paint),
    ...silencedTextLines(mainDrift),
  ];
}

/** The drift the branch makes the repository accept, worst first, under a caution when any is critical or high. */
function acceptedTextLines(mainDrift: MainDrift, paint: Paint): string[] {
  if (mainDrift.accepted.length === 0) return [];
  const { lines, caution } = acceptedLines(mainDrift);
  return [
    ...(caution
      ? [
          paint(
            caution.severity === 'critical' ? 'problem' : 'highImpact',
            `${caution.severity === 'critical' ? 'CAUTION' : 'WARNING'}: ${caution.text}`,
          ),
        ]
      : []),
    mainDrift.behind
      ? `This branch's plan lacks ${countOf(mainDrift.accepted.length, 'difference')} of main's plan: main's newer commits, which merging keeps, or drift the branch accepts:`
      : `This branch makes the repository accept ${countOf(mainDrift.accepted.length, 'difference')} of main’s plan:`,
    ...lines.map((line) => visibleLine(`  ${line}`)),
  ];
}

function silencedTextLines(mainDrift: Pick<MainDrift, 'silenced'>): string[] {
  if (!mainDrift.silenced || mainDrift.silenced.length === 0) return [];
  const { headline, critical, lines } = silencedLines(mainDrift.silenced);
  return [
    `${headline}${critical > 0 ? `; ${critical} silence${critical === 1 ? 's' : ''} critical findings` : ''}:`,
    ...lines.map((line) => visibleLine(`  ${line.text}`)),
  ];
}
