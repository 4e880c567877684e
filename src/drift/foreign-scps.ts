import { compareText } from '../ordering.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { SCP_NAME } from '../config/schema-patterns.js';
import { describeTarget } from '../plan/plan-draft.js';
import { countOf, listNames } from '../report/phrasing.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';

/** An SCP attached to a declared target that vend does not own (read by read-foreign-scps.ts). */
export interface ForeignScpAttachment {
  policyId: string;
  policyName: string;
  /** The declared target: `root`, `ou:…` or `account:…`. */
  target: string;
}

/**
 * SCPs vend does not own on declared targets. A policy that holds a catalogue SCP's name is told by that SCP's
 * ownership finding instead.
 */
export function foreignScpFindings(
  context: DriftContext,
  attachments: readonly ForeignScpAttachment[],
): DriftFinding[] {
  const declared = declaredTargetIds(context);
  const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
  const known = context.observed.policies
    .filter(
      (policy) =>
        !policy.awsManaged && !catalogue.has(policy.name) && policy.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value,
    )
    .flatMap((policy) =>
      policy.targetIds.flatMap((id) => {
        const target = declared.get(id);
        return target ? [{ policyId: policy.id, policyName: policy.name, target }] : [];
      }),
    );
  const unique = new Map(
    [...known, ...attachments].map((attachment) => [`${attachment.policyId}@${attachment.target}`, attachment]),
  );
  const placesOf = policyPlaces(context, [...unique.values()], declared);
  return [...unique.values()]
    .sort((a, b) => compareText(a.target, b.target) || compareText(a.policyName, b.policyName))
    .map((attachment) =>
      makeFinding(
        'scp-foreign',
        `scp:${scpTargetName(attachment.policyName)}@${attachment.target}`,
        {
          expected: `only the SCPs main declares on ${describeTarget(attachment.target)}`,
          actual: `SCP ${attachment.policyName} (${attachment.policyId}) attached, which vend does not own`,
          restore:
            'apply leaves it: vend never changes a policy it does not own. Detach it by hand if it should not be there',
          accept: adoptionEdit(context, attachment, placesOf.get(attachment.policyId)!),
        },
        context.checkedOn,
      ),
    );
}

/** Where one foreign SCP is attached: its declared targets, sorted, and how many targets the repository does not declare. */
interface PolicyPlaces {
  declared: string[];
  undeclared: number;
}

function policyPlaces(
  context: DriftContext,
  attachments: readonly ForeignScpAttachment[],
  declared: ReadonlyMap<string, string>,
): Map<string, PolicyPlaces> {
  const places = new Map<string, PolicyPlaces>();
  const of = (policyId: string) =>
    places.get(policyId) ?? places.set(policyId, { declared: [], undeclared: 0 }).get(policyId)!;
  for (const { policyId, target } of attachments) of(policyId).declared.push(target);
  for (const place of places.values()) place.declared.sort(compareText);
  const targetIds = new Map<string, Set<string>>();
  for (const [id, policies] of Object.entries(context.observed.foreignScpsByTarget))
    for (const policy of policies) targetIds.set(policy.id, (targetIds.get(policy.id) ?? new Set()).add(id));
  for (const policy of context.observed.policies)
    for (const id of policy.targetIds) targetIds.set(policy.id, (targetIds.get(policy.id) ?? new Set()).add(id));
  for (const [policyId, place] of places)
    place.undeclared = [...(targetIds.get(policyId) ?? [])].filter(
      (id) => !declared.has(id) && id !== context.observed.organization.managementAccountId,
    ).length;
  return places;
}

/**
 * The edit that makes the repository hold the attachment: the policy into the catalogue and onto the `scps:` of
 * every declared target it is attached to, which the next plan adopts (the ownership tag) when the content is the
 * same; once vend owns it, a declared target that does not list it has it detached. Or, to leave it another team's,
 * an ignore: entry. A policy named as no catalogue name can only be ignored.
 */
function adoptionEdit(
  context: DriftContext,
  { policyId, policyName }: ForeignScpAttachment,
  places: PolicyPlaces,
): string {
  const ignore = `add an ignore: entry for this finding to ${ORGANIZATION_FILE}, with the reason it stays`;
  if (!SCP_NAME.test(policyName))
    return `${ignore} (its name is not one the SCP catalogue can hold, so vend cannot take it over as it is)`;
  const listOf = (target: string) => {
    const manifest = target.startsWith('account:')
      ? context.desired.accounts.find((account) => `account:${account.name}` === target)?.file
      : undefined;
    if (target === 'root') return `root.scps in ${ORGANIZATION_FILE}`;
    return manifest ? `scps in ${manifest}` : `the scps of ${describeTarget(target)} in ${ORGANIZATION_FILE}`;
  };
  const lists = listNames(places.declared.map(listOf), Infinity);
  const everywhere =
    places.declared.length > 1
      ? ` (every declared target it is attached to: once vend owns it, the plan detaches it wherever it is not listed)`
      : '';
  const undeclared =
    places.undeclared > 0
      ? ` It stays attached to ${countOf(places.undeclared, 'OU or account', 'OUs and accounts')} the repository does not declare, which drift then reports as scp-attached-undeclared.`
      : '';
  // A file another catalogue entry reads (an SCP renamed in the catalogue keeps its file) would be overwritten.
  const taken = new Set(context.desired.scps.map((scp) => scp.file.replace(/^baselines\//, '')));
  const file = taken.has(`scps/${policyName}.json`) ? `scps/${policyName}-${policyId}.json` : `scps/${policyName}.json`;
  return `to manage it in git, add it to the SCP catalogue (scps: in ${ORGANIZATION_FILE}) as ${policyName}: { file: ${file}, description: … }, with the description and, in baselines/${file}, the content AWS holds (aws organizations describe-policy --policy-id ${policyId} --query 'Policy.[PolicySummary.Description,Content]' --output text), and list it under ${lists}${everywhere}: the next plan adopts it (tags it ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}) when the content and description are the same. Validate checks them as it checks every catalogue SCP (grammar, size, hidden characters, numbers JavaScript cannot hold): drift does not read them, so if validate refuses them the repository cannot take the policy as it is.${undeclared} To leave it another team's, ${ignore}`;
}

/**
 * SCPs vend does not own on declared targets, as observe read them (observed.foreignScpsByTarget): one
 * ListTargetsForPolicy per such SCP, made for the plan already, so drift reads nothing more for them.
 */
export function foreignScpAttachments(context: DriftContext): ForeignScpAttachment[] {
  return [...declaredTargetIds(context)].flatMap(([id, target]) =>
    (context.observed.foreignScpsByTarget[id] ?? []).map((policy) => ({
      policyId: policy.id,
      policyName: policy.name,
      target,
    })),
  );
}

/**
 * Declared targets that exist and that SCPs apply to: the root, declared OUs (renamed ones too, by their id),
 * declared member accounts, by id.
 */
export function declaredTargetIds(context: DriftContext): Map<string, string> {
  const targets = new Map<string, string>([[context.observed.root.id, 'root']]);
  for (const [path, id] of context.ouIdByPath) if (path !== '') targets.set(id, `ou:${path}`);
  for (const [id, target] of context.renamedTargetIds) targets.set(id, target);
  for (const [name, account] of context.existingAccounts)
    if (account.id !== context.observed.organization.managementAccountId) targets.set(account.id, `account:${name}`);
  return targets;
}

/**
 * vend's catalogue SCPs attached to an OU or account the repository does not declare: another team's OU that a path
 * once took for a declared one (`CI/CD`), or an attachment made by hand. Apply never acts where the repository does
 * not declare, so no plan change stands for them; the guardrail acts on that team's accounts all the same. Left to
 * other findings: retired SCPs (scp-retired), renamed and ambiguous OUs (their ids count as declared), vend's own
 * accounts no manifest matches (a changed email, a deleted manifest: their own findings, and their SCPs are vend's),
 * closed accounts, which run nothing, targets that are gone from the tree, and every attachment while SCPs are
 * switched off at the root.
 */
export function strayAttachmentFindings(context: DriftContext): DriftFinding[] {
  if (context.scpPolicyTypeDisabled) return [];
  const declared = declaredTargetIds(context);
  for (const id of context.ambiguousSubtreeIds) declared.set(id, 'ambiguous');
  const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
  const management = context.observed.organization.managementAccountId;
  const unitById = new Map(context.observed.organizationalUnits.map((unit) => [unit.id, unit]));
  const accountById = new Map(context.observed.accounts.map((account) => [account.id, account]));
  // A target the tree does not hold is gone: an OU deleted, an account that left, which AWS may still list as a
  // policy's target for a moment (eventual consistency, and moto keeps it). Its own finding tells it, if any.
  const strayAt = (id: string) => {
    if (declared.has(id) || id === management) return false;
    const account = accountById.get(id);
    if (account) return account.status === 'ACTIVE' && account.tags?.[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value;
    return unitById.has(id);
  };
  return context.observed.policies
    .filter((policy) => catalogue.has(policy.name) && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value)
    .flatMap((policy) =>
      policy.targetIds.filter(strayAt).map((id) => {
        const unit = unitById.get(id);
        const account = accountById.get(id);
        const where = unit ? `OU ${unit.path} (${id})` : `account ${account!.name} (${id})`;
        return makeFinding(
          'scp-attached-undeclared',
          `scp:${scpTargetName(policy.name)}@${unit ? `ou:${unit.path}` : `account:${id}`}`,
          {
            expected: `SCP ${policy.name} attached only where the repository declares it`,
            actual: `attached to ${where}, which the repository does not declare: it acts on ${unit ? 'the accounts there' : 'that account'}`,
            restore: `apply cannot: it changes nothing where the repository does not declare. Detach it by hand: aws organizations detach-policy --policy-id ${policy.id} --target-id ${id}`,
            accept: `declare ${unit ? 'that OU' : 'that account'} in the repository with ${policy.name} among its scps (see its own finding for what that takes), or add an ignore: entry for this finding, with the reason it stays`,
          },
          context.checkedOn,
        );
      }),
    )
    .sort((a, b) => compareText(a.target, b.target));
}

/**
 * A policy name as a finding target holds it. AWS allows '@' in a policy name, and a target joins the SCP and where
 * it is attached with '@', so a name such as `AllowAll@account:ml-` could pose as another attachment and match an
 * ignore: pattern written for that one. '@' and '%' are percent-encoded, as in a URL, in every SCP name that comes
 * from AWS: other teams' SCPs and vend's retired ones alike.
 */
export function scpTargetName(name: string): string {
  return name.replace(/%/g, '%25').replace(/@/g, '%40');
}
