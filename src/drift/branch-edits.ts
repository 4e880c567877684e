import { compareText } from '../ordering.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change, Plan, StackInstanceTarget } from '../plan/plan.js';
import { loosens } from '../plan/scp-loosening.js';
import { maskNoEchoDefaults, noEchoIn } from '../plan/no-echo-parameters.js';
import { countOf, listNames } from '../report/phrasing.js';

/** What a pull request changes in main's content for a resource that drifted from main (MainDrift.branchEdits). */
export interface BranchEdit {
  changeId: string;
  /** `SCP deny-x`, `StackSet vend-x` or `account payments-prod`. */
  resource: string;
  of: 'SCP content' | 'template' | 'tags' | 'parameters' | 'OU';
  /** Main's content and the pull request's, as the two plans would deploy them. */
  main: string;
  branch: string;
  /** SCP content only: the pull request's content lets through something main's stopped (loosens). */
  loosens?: boolean;
  /**
   * A move only: the SCPs main keeps in force for the account that the pull request's OU does not. The plan's move
   * runs from where someone put it by hand, so its own blast radius cannot show them.
   */
  leaves?: string[];
}

/**
 * What the branch's `change` edits in main's content, against main's versions of it (mainVersionsIn): an SCP's content,
 * a template, StackSet parameters, stack-instance overrides, tags or an OU. Empty when it edits none of them.
 */
export function branchEdit(
  change: Change,
  mains: readonly Change[],
  plans: { pullRequest: Plan; main: Plan },
): BranchEdit[] {
  if (change.kind === CHANGE_KINDS.updateStackInstances || change.kind === CHANGE_KINDS.addStackInstances)
    return mains.flatMap((main) => overrideEdit(change, main, plans));
  const main = mains[0];
  if (main === undefined) return [];
  const field = (of: Change, name: string) => {
    const value = (of.after as Record<string, unknown> | null)?.[name];
    return typeof value === 'string' ? value : undefined;
  };
  const name = change.target.slice(change.target.indexOf(':') + 1);
  // Main's plan recreates what someone deleted by hand; the branch's creates it with other content: the same edit.
  if (change.kind === CHANGE_KINDS.updateScp || change.kind === CHANGE_KINDS.createScp) {
    const [mainContent, branchContent] = [field(main, 'content'), field(change, 'content')];
    if (mainContent === undefined || branchContent === undefined || mainContent === branchContent) return [];
    const edit = { changeId: change.id, resource: `SCP ${name}`, of: 'SCP content' as const };
    return [{ ...edit, main: mainContent, branch: branchContent, loosens: loosens(mainContent, branchContent) }];
  }
  if (change.kind === CHANGE_KINDS.updateStackSet || change.kind === CHANGE_KINDS.createStackSet) {
    const [mainBody, branchBody] = [field(main, 'templateBody'), field(change, 'templateBody')];
    const template: BranchEdit[] =
      mainBody === undefined || branchBody === undefined || mainBody === branchBody
        ? []
        : [{ changeId: change.id, resource: `StackSet ${name}`, of: 'template', main: mainBody, branch: branchBody }];
    return [...template, ...parameterEdit(change, main, `StackSet ${name}`)];
  }
  if (change.kind === CHANGE_KINDS.moveAccount) {
    // Someone moved the account by hand and the branch sends it elsewhere than main does: against main, it may leave
    // a guardrail, though the plan's move, from where AWS has it, keeps the same SCPs.
    const [mainOu, branchOu] = [String(fieldOf(main.after, 'ou')), String(fieldOf(change.after, 'ou'))];
    if (mainOu === branchOu) return [];
    const inForce = (plan: Plan) => plan.accounts.find((account) => account.name === name)?.scpsInForce ?? [];
    const leaves = inForce(plans.main).filter((scp) => !inForce(plans.pullRequest).includes(scp));
    return [
      {
        changeId: change.id,
        resource: `account ${name}`,
        of: 'OU',
        main: mainOu,
        branch: branchOu,
        ...(leaves.length > 0 ? { leaves } : {}),
      },
    ];
  }
  if (change.kind === CHANGE_KINDS.tagAccount) {
    // Tags both plans set with other values: AWS drifted from main, and the branch sets a third value. The plan
    // shows AWS's → the branch's; main's is what the branch changes.
    const [mainTags, branchTags] = [main.after, change.after] as Record<string, string>[];
    const keys = Object.keys(branchTags ?? {})
      .filter((key) => mainTags?.[key] !== undefined && mainTags[key] !== branchTags![key])
      .sort(compareText);
    if (keys.length === 0) return [];
    const lines = (tags: Record<string, string>) =>
      keys.map((key) => `${key}: ${JSON.stringify(tags[key])}`).join('\n');
    return [
      {
        changeId: change.id,
        resource: `account ${name}`,
        of: 'tags',
        main: lines(mainTags!),
        branch: lines(branchTags!),
      },
    ];
  }
  return [];
}

/**
 * Overrides both plans deploy to the same stack instances, with other values: someone set one by hand and the branch
 * sets a third. Each plan's change carries its overrides' digest in its id, so the two are told apart by id, and the
 * plan's diff runs from the value set by hand: main's is what the branch changes. NoEcho values are never shown.
 */
function overrideEdit(change: Change, main: Change, plans: { pullRequest: Plan; main: Plan }): BranchEdit[] {
  const after = (of: Change) =>
    (of.after as {
      stackSet?: string;
      instances?: StackInstanceTarget[];
      parameterOverrides?: Record<string, string>;
    }) ?? {};
  const [mainAfter, branchAfter] = [after(main), after(change)];
  const member = ({ account, region }: StackInstanceTarget) => `${account} ${region}`;
  const shared = new Set((mainAfter.instances ?? []).map(member));
  const instances = (branchAfter.instances ?? []).map(member).filter((instance) => shared.has(instance));
  const stackSet = String(branchAfter.stackSet ?? change.scope.stackSet);
  if (instances.length === 0) return [];
  const secret = new Set([
    ...(plans.main.noEchoParameters[stackSet] ?? []),
    ...(plans.pullRequest.noEchoParameters[stackSet] ?? []),
  ]);
  const named = instances.length <= NAMED_INSTANCES ? listNames(instances) : countOf(instances.length, 'instance');
  const resource = `StackSet ${stackSet} overrides in ${named}`;
  return parameterLines(
    change.id,
    resource,
    mainAfter.parameterOverrides ?? {},
    branchAfter.parameterOverrides ?? {},
    secret,
  );
}

/** Stack instances named in an override edit's resource; past it, counted. */
const NAMED_INSTANCES = 5;

/**
 * StackSet parameters both plans set, with other values: the plan's diff runs from AWS's drifted values, so a branch
 * that sets one to what someone set by hand (accepting it) reads as a correction. Main → branch, NoEcho values (of
 * either template) shown as changed, never their values.
 */
function parameterEdit(change: Change, main: Change, resource: string): BranchEdit[] {
  const after = (of: Change) =>
    (of.after as { parameters?: Record<string, string>; templateBody?: string } | null) ?? {};
  const [mainAfter, branchAfter] = [after(main), after(change)];
  const secret = new Set([...noEchoIn(mainAfter.templateBody ?? ''), ...noEchoIn(branchAfter.templateBody ?? '')]);
  return parameterLines(change.id, resource, mainAfter.parameters ?? {}, branchAfter.parameters ?? {}, secret);
}

/** Main's and the branch's values of the parameters that differ, one `Key: "value"` line each, NoEcho ones hidden. */
function parameterLines(
  changeId: string,
  resource: string,
  mainParameters: Record<string, string>,
  branchParameters: Record<string, string>,
  secret: ReadonlySet<string>,
): BranchEdit[] {
  const keys = [...new Set([...Object.keys(mainParameters), ...Object.keys(branchParameters)])]
    .filter((key) => mainParameters[key] !== branchParameters[key])
    .sort(compareText);
  if (keys.length === 0) return [];
  const lines = (parameters: Record<string, string>) =>
    keys
      .map((key) =>
        parameters[key] === undefined
          ? `${key}: (not set)`
          : secret.has(key)
            ? `${key}: (NoEcho, ${parameters === mainParameters ? "main's" : "this branch's"} value not shown)`
            : `${key}: ${JSON.stringify(parameters[key])}`,
      )
      .join('\n');
  return [{ changeId, resource, of: 'parameters', main: lines(mainParameters), branch: lines(branchParameters) }];
}

function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * `edit` as it may be shown: a template's NoEcho defaults (declared NoEcho in either template) masked, main's and the
 * branch's alike; other edits mask their NoEcho values when made (parameterLines). Pure.
 */
export function shownEdit(edit: BranchEdit): BranchEdit {
  if (edit.of !== 'template') return edit;
  const secret = [...new Set([...noEchoIn(edit.main), ...noEchoIn(edit.branch)])];
  return {
    ...edit,
    main: maskNoEchoDefaults(edit.main, secret),
    branch: maskNoEchoDefaults(edit.branch, secret, edit.main),
  };
}
