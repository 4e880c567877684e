import { MANAGED_BY_TAG, PARAMETER_OVERRIDES_TAG } from '../config/desired-state.js';
import { compareText } from '../ordering.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { BlastRadius, Change, Plan } from '../plan/plan.js';
import { instanceLines, moveLines, stackSetReachLines, valueAssignments, valueChanges } from './effect-details.js';
import { isMaskedValue, noEchoIn, parameterDefaultsIn, parameterNamesIn } from '../plan/no-echo-parameters.js';
import { defaultChanges, templateEffect } from './template-effect.js';
import { countOf, listNames, quoted } from './phrasing.js';
import { visible, visibleLine } from './visible-text.js';
import { fieldsOf, prefixed, stringsOf } from './change-fields.js';
import { scpAttachmentEffect, scpCreationEffect, scpUpdateEffect } from './scp-effects.js';
import type { UnifiedDiff } from './unified-diff.js';

/**
 * What one change does, in a reviewer's terms. The PR comment, the job summary and the terminal all render this,
 * so they show the same detail. Everything here is plain text; renderers escape it for where it goes.
 */
export interface ChangeEffect {
  change: Change;
  /** The resource it is listed under: `SCP deny-root-user`, `account payments-prod`, `StackSet vend-roles` … */
  resource: string;
  /** One line: the change's own description. */
  headline: string;
  /**
   * What a new template adds, changes and removes, resource by resource, and whom it newly trusts. Renderers show
   * these lines whole, or `briefSummary` in a comment trimmed to fit: they are what a reviewer must see when a long
   * diff is cut.
   */
  summary: string[];
  /**
   * The summary with each resource list cut to a few names and a count, for a comment trimmed to fit; whom the
   * template newly trusts or allows more, and the managed policies it attaches, stay whole. Absent when it would be
   * the summary itself.
   */
  briefSummary?: string[];
  /** Who and what it reaches, old → new values, accounts and regions. Never the value of a NoEcho parameter. */
  details: string[];
  /** `high impact: …`, why it is set apart, when it is: the first line of `summary`, not of `briefSummary`. */
  why?: string;
  /** The SCP content or template it replaces (a new StackSet's against nothing), as a whole unified diff. */
  diff?: { of: 'SCP content' | 'template'; diff: UnifiedDiff };
}

/** The changes to one resource, in apply order. */
export interface ResourceChanges {
  resource: string;
  effects: ChangeEffect[];
}

/**
 * Every change of the plan, in apply order, with its effect. Characters a reader cannot see are shown as their
 * code points (see visible), so every renderer shows what AWS gets.
 */
export function describeChanges(plan: Plan): ChangeEffect[] {
  const context = new EffectContext(plan);
  return plan.changes.map((change) => {
    const { summary = [], briefSummary, details, diff } = context.detailsOf(change);
    // Why it is set apart, first; brief items leave it to the renderer (`why`), since hundreds of changes flagged for
    // one reason would repeat it and crowd out the accounts each one reaches.
    const why = change.highImpact && change.highImpactReason ? [`high impact: ${change.highImpactReason}`] : [];
    const brief = briefSummary ?? (why.length > 0 ? summary : undefined);
    return {
      change,
      resource: visibleLine(resourceOf(change).label),
      headline: visibleLine(change.description),
      summary: [...why, ...summary].map(visibleLine),
      ...(brief ? { briefSummary: brief.map(visibleLine) } : {}),
      details: details.map(visibleLine),
      ...(why.length > 0 ? { why: visibleLine(why[0]!) } : {}),
      ...(diff ? { diff: { of: diff.of, diff: { ...diff.diff, lines: diff.diff.lines.map(visible) } } } : {}),
    };
  });
}

/**
 * Terraform's habit: changes listed by resource, the root first, then OUs, SCPs, accounts and StackSets, each
 * kind by name; a resource's own changes stay in apply order.
 */
export function groupByResource(effects: readonly ChangeEffect[]): ResourceChanges[] {
  const groups = new Map<string, { rank: number; name: string; effects: ChangeEffect[] }>();
  for (const effect of effects) {
    const { rank, name, label } = resourceOf(effect.change);
    const group = groups.get(label) ?? { rank, name, effects: [] };
    group.effects.push(effect);
    groups.set(label, group);
  }
  return [...groups]
    .sort(([, a], [, b]) => a.rank - b.rank || compareText(a.name, b.name))
    .map(([resource, group]) => ({ resource, effects: group.effects }));
}

/** The resource a change is listed under. SCP attachments belong to their SCP, so its whole reach reads together. */
function resourceOf(change: Change): { rank: number; name: string; label: string } {
  if (change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.detachScp) {
    const name = String(change.scope.scp);
    return { rank: 2, name, label: `SCP ${name}` };
  }
  const [kind = '', ...rest] = change.target.split(':');
  const name = rest.join(':');
  switch (kind) {
    case 'ou':
      return { rank: 1, name, label: `OU ${name}` };
    case 'scp':
      return { rank: 2, name, label: `SCP ${name}` };
    case 'account':
      return { rank: 3, name, label: `account ${name}` };
    case 'stackset':
      return { rank: 4, name, label: `StackSet ${name}` };
    default:
      return { rank: 0, name: change.target, label: 'the root' };
  }
}

/** What the plan knows beyond each change: blast radius, secret parameters, the names of unmanaged accounts. */
class EffectContext {
  private readonly radius: Map<string, BlastRadius>;
  private readonly unmanagedNames: Map<string, string>;

  constructor(private readonly plan: Plan) {
    this.radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
    this.unmanagedNames = new Map(
      plan.unmanagedAccounts.map((account) => [account.id, `${account.name} (${account.id})`]),
    );
  }

  /**
   * Whom enabling SCPs reaches: every member account (the management account never, as no SCP applies there), the
   * plan's own new ones, other teams' and suspended ones too, named as the accounts table names them, trimmed.
   */
  private scpTypeReach(): string {
    const names = [
      ...this.plan.accounts.filter((account) => !account.management).map((account) => account.name),
      ...this.plan.unmanagedAccounts.map((account) => `${account.name} (${account.id})`),
    ].sort(compareText);
    return `SCPs start to act on ${countOf(names.length, 'account')}${names.length > 0 ? `: ${listNames(names)}` : ''}`;
  }

  detailsOf(change: Change): Pick<ChangeEffect, 'details' | 'diff' | 'briefSummary'> & { summary?: string[] } {
    const before = fieldsOf(change.before);
    const after = fieldsOf(change.after);
    const radius = this.radius.get(change.id);
    const secret = new Set(this.plan.noEchoParameters[String(change.scope.stackSet)] ?? []);
    const newly = this.newlySecret(String(change.scope.stackSet));
    const instances = () =>
      instanceLines(change.scope.members ?? [], (account) => this.unmanagedNames.get(account) ?? account);
    switch (change.kind) {
      case CHANGE_KINDS.enableScpType:
        return { details: ['AWS attaches FullAWSAccess to the root, every OU and every account', this.scpTypeReach()] };
      case CHANGE_KINDS.createAccount:
        return { details: prefixed('tags', valueAssignments(stringsOf(after.tags))) };
      case CHANGE_KINDS.moveAccount:
        return {
          details:
            radius?.kind === 'move'
              ? moveLines(radius, new Set(this.plan.accounts.flatMap((account) => account.foreignScpsInForce ?? [])))
              : [],
        };
      case CHANGE_KINDS.tagAccount:
      case CHANGE_KINDS.untagAccount:
        return { details: valueChanges(stringsOf(change.before), stringsOf(change.after)) };
      case CHANGE_KINDS.closeAccount:
        return { details: ['AWS suspends the account at once and closes it for good after 90 days'] };
      case CHANGE_KINDS.recordParameterOverrides: {
        // The tag's value, as the plan's tag changes show one: the baselines' names, space-separated.
        const record = (fields: Record<string, unknown>): Record<string, string> =>
          Array.isArray(fields.baselines) && fields.baselines.length > 0
            ? { [PARAMETER_OVERRIDES_TAG]: fields.baselines.join(' ') }
            : {};
        return { details: valueChanges(record(before), record(after)) };
      }
      case CHANGE_KINDS.adoptAccount:
        return {
          details:
            typeof before.managedBy === 'string'
              ? [
                  ...valueChanges({ [MANAGED_BY_TAG.key]: before.managedBy }, stringsOf(after.tags)),
                  `taken over from what tagged it ${MANAGED_BY_TAG.key} = ${JSON.stringify(before.managedBy)}, which may still act on it`,
                ]
              : [],
        };
      case CHANGE_KINDS.attachScp:
      case CHANGE_KINDS.detachScp:
        return scpAttachmentEffect(change.kind, after, radius);
      case CHANGE_KINDS.createScp:
        return scpCreationEffect(after);
      case CHANGE_KINDS.updateScp:
        return scpUpdateEffect(before, after, radius);
      case CHANGE_KINDS.adoptOrganizationalUnit:
        return {
          details: [
            ...(typeof before.managedBy === 'string'
              ? valueChanges({ [MANAGED_BY_TAG.key]: before.managedBy }, stringsOf(after.tags))
              : []),
            'tags it ManagedBy = "vend"; from then on vend attaches and detaches its SCPs and moves accounts into it as the repository says; SCPs that are not vend\'s stay attached',
          ],
        };
      case CHANGE_KINDS.adoptScp:
        return {
          details: [
            'tags it ManagedBy = "vend"; its content stays as it is, and from then on vend keeps it, and its attachments to the root, OUs and accounts the repository declares, as the repository says (any detachment that takes is its own change in this plan)',
          ],
        };
      // Adopting tags the StackSet through UpdateStackSet, which redeploys every instance, as a new template does:
      // the reach names them, other teams' accounts first.
      case CHANGE_KINDS.adoptStackSet:
        return { details: radius?.kind === 'stackset' ? stackSetReachLines(radius) : [] };
      case CHANGE_KINDS.createStackSet:
        return {
          ...templateEffect(undefined, after, [...secret]),
          details: prefixed('parameters', valueAssignments(stringsOf(after.parameters), secret)),
        };
      case CHANGE_KINDS.updateStackSet: {
        const defaults = {
          before: parameterDefaultsIn(String(before.templateBody ?? '')),
          after: parameterDefaultsIn(String(after.templateBody ?? '')),
        };
        return {
          ...templateEffect(before, after, [...secret]),
          details: [
            ...(radius?.kind === 'stackset' ? stackSetReachLines(radius) : []),
            ...prefixed('parameters', [
              ...valueChanges(stringsOf(before.parameters), stringsOf(after.parameters), secret, newly, defaults),
              ...resentSecrets(stringsOf(before.parameters), stringsOf(after.parameters), secret),
              ...defaultChanges(
                defaults,
                parameterNamesIn(String(after.templateBody ?? '')),
                new Set([...Object.keys(stringsOf(before.parameters)), ...Object.keys(stringsOf(after.parameters))]),
                secret,
              ),
            ]),
            ...prefixed('roles', valueChanges(rolesOf(before), rolesOf(after))),
            // Turning automatic deployment off is a setting of its own: shown as such, not folded into the roles.
            ...prefixed('settings', valueChanges(autoDeploymentOf(before), autoDeploymentOf(after))),
          ],
        };
      }
      case CHANGE_KINDS.addStackInstances:
        return {
          details: [
            ...instances(),
            ...prefixed(
              'parameter overrides',
              valueAssignments(
                stringsOf(after.parameterOverrides),
                secret,
                newly,
                new Set(Array.isArray(after.differingOverrides) ? after.differingOverrides.map(String) : []),
              ),
            ),
          ],
        };
      case CHANGE_KINDS.updateStackInstances:
        return {
          details: [
            ...instances(),
            ...this.overrideChanges(change, stringsOf(after.parameterOverrides), secret, newly),
          ],
        };
      case CHANGE_KINDS.removeStackInstances:
        return { details: instances() };
      default:
        return { details: [] };
    }
  }

  /** Parameters of `stackSet` that its template update in this plan declares NoEcho and the deployed one does not. */
  private newlySecret(stackSet: string): Set<string> {
    const update = this.plan.changes.find(
      (candidate) => candidate.kind === CHANGE_KINDS.updateStackSet && candidate.scope.stackSet === stackSet,
    );
    const [before, after] = [fieldsOf(update?.before).templateBody, fieldsOf(update?.after).templateBody];
    if (typeof before !== 'string' || typeof after !== 'string') return new Set();
    const deployed = new Set(noEchoIn(before));
    return new Set(noEchoIn(after).filter((name) => !deployed.has(name)));
  }

  /**
   * Old → new overrides. Instances that change alike share one list; when they differ, each list names its
   * instances.
   */
  private overrideChanges(
    change: Change,
    overrides: Record<string, string>,
    secret: ReadonlySet<string>,
    newlySecret: ReadonlySet<string>,
  ): string[] {
    // An instance without an override takes the StackSet's value: the new one where this plan changes it.
    const update = this.plan.changes.find(
      (candidate) =>
        candidate.kind === CHANGE_KINDS.updateStackSet && candidate.scope.stackSet === change.scope.stackSet,
    );
    const stackSetValues = stringsOf(fieldsOf(update?.after).parameters);
    // A StackSet the update leaves without a value gives its template's default: the account then gets that.
    const templateBody = fieldsOf(update?.after).templateBody;
    const defaults = typeof templateBody === 'string' ? parameterDefaultsIn(templateBody) : {};
    const removed = (key: string) =>
      Object.hasOwn(stackSetValues, key)
        ? `(removed: the StackSet's value ${quoted(stackSetValues[key]!)} applies)`
        : update && defaults[key] !== undefined
          ? `(removed: the template's default ${quoted(defaults[key])} applies, as the StackSet sets no value)`
          : "(removed: the StackSet's value applies)";
    // Values that are not the StackSet's lead: a shortened list keeps them, not a value pinned to the StackSet's.
    const differing = new Set(
      Array.isArray(fieldsOf(change.after).differingOverrides)
        ? (fieldsOf(change.after).differingOverrides as unknown[]).map(String)
        : [],
    );
    const leads = (line: string) => differing.has(line.slice(0, line.indexOf(':'))) || !line.includes(' → "');
    const byChange = new Map<string, string[]>();
    for (const [member, previous] of Object.entries(fieldsOf(change.before))) {
      const lines = valueChanges(stringsOf(previous), overrides, secret, newlySecret, {
        before: {},
        after: {},
        removed,
      }).sort((a, b) => Number(leads(b)) - Number(leads(a)));
      if (lines.length === 0) continue;
      const key = lines.join('\n');
      byChange.set(key, [...(byChange.get(key) ?? []), member]);
    }
    if (byChange.size === 1) return prefixed('parameter overrides', [...byChange.keys()][0]!.split('\n'));
    return [...byChange].flatMap(([lines, members]) => [
      `parameter overrides (${instanceLines(members, (account) => this.unmanagedNames.get(account) ?? account).join('; ')}):`,
      ...lines.split('\n').map((line) => `  ${line}`),
    ]);
  }
}

/**
 * NoEcho parameters an update sends with the repository's value although the plan shows no change: AWS returns the
 * deployed value masked, so the plan takes it to be the repository's (withUnreadableSecrets), and a secret changed
 * in an earlier pull request, which planned nothing, is deployed by this one. A repository value that is the mask
 * keeps the deployed one (UsePreviousValue) and is not listed.
 */
function resentSecrets(
  before: Record<string, string>,
  after: Record<string, string>,
  secret: ReadonlySet<string>,
): string[] {
  return [...secret]
    .filter((key) => after[key] !== undefined && !isMaskedValue(after[key]!) && before[key] === after[key])
    .sort(compareText)
    .map(
      (key) =>
        `${key}: sent as the repository has it (NoEcho: not shown); AWS shows the deployed value only masked, so whether this update changes it cannot be seen`,
    );
}

/** The automatic deployment a change sets, when it sets it (see plan/stack-set-ownership.ts, settingChanges). */
function autoDeploymentOf(fields: Record<string, unknown>): Record<string, string> {
  const setting = stringsOf(fields).AutoDeployment;
  return setting ? { AutoDeployment: setting } : {};
}

/** The StackSet roles a change sets, when it sets any (see plan/stack-set-ownership.ts). */
function rolesOf(fields: Record<string, unknown>): Record<string, string> {
  const roles = stringsOf(fields);
  return Object.fromEntries(
    ['AdministrationRoleARN', 'ExecutionRoleName'].flatMap((name) => (roles[name] ? [[name, roles[name]]] : [])),
  );
}
