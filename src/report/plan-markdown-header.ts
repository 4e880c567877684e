import { undeclaredInstancesClause } from './undeclared-instances.js';
import { ALREADY_ON_MAIN, problemKey } from '../drift/pull-request-drift.js';
import { PLAN_COMMENT_MARKER } from '../github/merged-pull-request.js';
import type { Plan } from '../plan/plan.js';
import type { CommentSection } from './fit-comment.js';
import { codeSpan, escapeMarkdown, inlineCode } from './markdown-escape.js';
import { countOf, problemPlace, raisedQuotasNote } from './phrasing.js';
import { shortened } from './drift-phrasing.js';
import type { PlanReportContext } from './plan-markdown.js';
import { blockedLine, summaryLine, UNREAD_OVERRIDES } from './plan-text.js';

/** The summary line, and what merging does: nothing while problems block apply, and only after approval. */
export function headerSection(plan: Plan, context: PlanReportContext): CommentSection {
  const blocked = blockedLine(plan);
  const heading = blocked
    ? `## Vend plan: blocked by ${countOf(plan.problems.length, 'problem')} (${summaryLine(plan.summary, plan.changes)})`
    : `## Vend plan: ${summaryLine(plan.summary, plan.changes)}`;
  let intro: string;
  if (blocked)
    intro = `This is a preview: it approves nothing. **${blocked}** Fix ${plan.problems.length === 1 ? 'it' : 'them'} (in the repository or in AWS, as ${plan.problems.length === 1 ? 'it says' : 'each says'}) and push a commit to re-plan; ${plan.changes.length === 0 ? 'the plan shows no other changes' : `the ${countOf(plan.changes.length, 'change')} below ${plan.changes.length === 1 ? 'is' : 'are'} what the plan holds besides`}, and whatever ${plan.problems.length === 1 ? 'the problem holds' : 'the problems hold'} back is planned once ${plan.problems.length === 1 ? 'it is' : 'they are'} fixed.`;
  else if (plan.changes.length === 0)
    intro = `The organization already matches this branch in everything plan reads${undeclaredInstancesClause(plan.undeclaredInstances?.length, 'listed below')}: merging changes nothing in AWS. ${UNREAD_OVERRIDES}`;
  else if (context.notForApproval)
    intro = `**This plan is not for approval: the apply job does not carry it out.** ${escapeMarkdown(context.notForApproval)}`;
  else if (context.forApproval) {
    const flagged = plan.changes.filter((change) => change.destructive || change.highImpact).length;
    intro = `**This is the plan to approve.** The apply job carries out exactly these changes, from the saved plan file (digest ${inlineCode(plan.digest)}${context.commitSha ? `, commit ${inlineCode(context.commitSha.slice(0, 12))}` : ''}), once a reviewer approves its deployment environment, and nothing outside them.${flagged > 0 ? ` ${countOf(flagged, 'change')} ${flagged === 1 ? 'is' : 'are'} destructive or high impact: the example apply workflow asks the \`production-destructive\` environment's reviewers.` : ''}`;
  } else
    intro =
      'This is a preview: it approves nothing. After the merge, the apply workflow plans the merge commit again and applies that plan only once a reviewer approves it in the deployment environment. Push a commit to re-plan.';
  // The marker finds the pull request's sticky comment; a job summary for approval is no such comment.
  return {
    keep: true,
    markdown: [
      ...(context.forApproval || context.notForApproval ? [] : [PLAN_COMMENT_MARKER]),
      heading,
      '',
      intro,
      ...(plan.raisedQuotas ? ['', `> [!WARNING]\n> ${escapeMarkdown(raisedQuotasNote(plan.raisedQuotas))}`] : []),
    ].join('\n'),
  };
}

/** Problems shown when thousands would not fit; the rest are counted, and all are in the job summary. */
export const COMPACT_PROBLEMS = 20;

export function problemSections(
  plan: Plan,
  onMain: ReadonlySet<string> = new Set(),
  /** Where every problem is listed, besides this rendering. */
  listed: { elsewhere: string } = { elsewhere: 'the job summary and the plan file' },
): CommentSection[] {
  if (plan.problems.length === 0) return [];
  const count = plan.problems.length;
  // Cut short, the list leads with the rarest rules: 700 of one kind must not hide the one problem of another.
  const perRule = new Map<string, number>();
  for (const problem of plan.problems) perRule.set(problem.rule, (perRule.get(problem.rule) ?? 0) + 1);
  const rarestFirst = [...plan.problems].sort((a, b) => perRule.get(a.rule)! - perRule.get(b.rule)!);
  // `messageLength`: each message cut to that many characters, or left out at 0 (the target, file and rule stay).
  const render = (shown: number, messageLength = Infinity) =>
    [
      '> [!CAUTION]',
      `> **${countOf(count, 'problem')} ${count === 1 ? 'blocks' : 'block'} apply:**`,
      ...(shown < count ? rarestFirst : plan.problems).slice(0, shown).map((problem) => {
        const message = messageLength > 0 ? `: ${escapeMarkdown(shortened(problem.message, messageLength))}` : '';
        return `> - ${codeSpan(problem.target)} ${codeSpan(problemPlace(problem))}${onMain.has(problemKey(problem)) ? ` ${ALREADY_ON_MAIN}` : ''}${message}`;
      }),
      ...(count > shown ? [`> - … and ${count - shown} more, listed in ${listed.elsewhere}`] : []),
      ...(messageLength < Infinity && plan.problems.some((problem) => [...problem.message].length > messageLength)
        ? [`>`, `> _Shortened to fit: each problem in full in ${listed.elsewhere}._`]
        : []),
    ].join('\n');
  // Every problem stays named as long as one line each fits: messages shorten first, then go; only then are
  // problems left out, a tenth fewer each time down to COMPACT_PROBLEMS, as many as the room left allows.
  const shorter = [
    ...SHORT_MESSAGES.filter((length) => plan.problems.some((problem) => [...problem.message].length > length)).map(
      (length) => render(count, length),
    ),
    render(count, 0),
    ...(count > COMPACT_PROBLEMS ? shorterLists(count).map((shown) => render(shown, 0)) : []),
  ];
  return [{ keep: true, markdown: render(count), compact: shorter }];
}

/** The lengths problem messages shorten to, in characters, before they go. */
const SHORT_MESSAGES = [400, 160];

/** How many problems each shorter rendering shows: a tenth fewer each time, down to COMPACT_PROBLEMS. */
function shorterLists(count: number): number[] {
  const sizes: number[] = [];
  for (let shown = count; shown > COMPACT_PROBLEMS;) {
    shown = Math.max(COMPACT_PROBLEMS, Math.min(shown - 1, Math.floor(shown * 0.9)));
    sizes.push(shown);
  }
  return sizes;
}
