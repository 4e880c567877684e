import { compareText } from '../ordering.js';
import { listNames } from '../report/phrasing.js';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { ScpAttachments } from '../config/desired-state.js';
import type { Quotas } from '../config/quotas.js';
import { inactiveAccountIds } from '../observe/observed-state.js';
import type { ObservedPolicy } from '../observe/observed-state.js';
import type { ImportFinding } from './imported-repository.js';
import type { LiveOrganization } from './live-organization.js';
import { SERVICE_CONTROL_POLICY } from './live-organization.js';
import { keyProblem, policyProblems } from '../config/file-checks.js';
import { tagLimitFinding } from './organizational-units.js';
import { SCP_NAME } from '../config/schema-patterns.js';

/** The SCP catalogue import writes, and what is attached where. */
export interface ImportedScps {
  /** Catalogue entries, by name: `file` is repository-relative, `content` minified JSON as AWS holds it. */
  catalogue: { name: string; file: string; description: string; content: string }[];
  /** The root's, an OU's or an account's attachments by target id, in the repository's terms. */
  attachmentsOf(targetId: string): ScpAttachments;
  findings: ImportFinding[];
}

/**
 * The catalogue: every customer-managed SCP attached to a target the repository declares (`declaredTargetIds`: the
 * root, the declared OUs and the accounts written), and every SCP vend already owns, which the first plan would
 * otherwise retire (detach and delete). A policy goes in only if validate accepts it as it is (a catalogue name,
 * vend's SCP grammar, the size quota), since the plan compares its content with AWS's and adopts it when they are
 * the same. Any other SCP stays out, and the plan never sees it: vend leaves it, and its attachments, as they are.
 * FullAWSAccess is no entry: `fullAWSAccess: false` marks where it is missing. Pure.
 */
export function serviceControlPoliciesToImport(
  live: Pick<LiveOrganization, 'serviceControlPolicies' | 'root' | 'organization' | 'organizationalUnits' | 'accounts'>,
  declaredTargetIds: ReadonlySet<string>,
  quotas: Quotas,
  /** `--ou` chose part of the organization: an SCP attached only outside it is no finding. */
  partial = false,
): ImportedScps {
  const findings: ImportFinding[] = [];
  const catalogue: ImportedScps['catalogue'] = [];
  const inCatalogue = new Set<string>();
  const enabled = live.root.policyTypes.includes(SERVICE_CONTROL_POLICY);
  const fullAWSAccess = live.serviceControlPolicies.find(
    (policy) => policy.awsManaged && policy.name === FULL_AWS_ACCESS_POLICY_NAME,
  );
  const sorted = [...live.serviceControlPolicies].sort((a, b) => compareText(a.name, b.name));
  const filesInLowerCase = new Set<string>();
  for (const policy of sorted.filter((candidate) => candidate !== fullAWSAccess)) {
    const subject = `SCP ${policy.name} (${policy.id})`;
    const owned = policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value;
    const declared = policy.targetIds.filter((id) => declaredTargetIds.has(id));
    if (!owned && declared.length === 0) {
      if (!partial)
        findings.push({
          kind: 'left-out',
          subject,
          message: 'Not in the catalogue: it is attached to nothing the repository declares.',
        });
      continue;
    }
    const problem = catalogueProblem(policy, quotas, live.serviceControlPolicies);
    if (problem) {
      findings.push({
        kind: owned ? 'check' : 'left-out',
        subject,
        message: owned
          ? `Not in the catalogue (${problem}), yet tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}: vend's first plan would detach it from what the repository declares and delete it. Fix it in AWS, or remove the tag, then import again.`
          : `Not in the catalogue (${problem}), so its ${declared.length === 1 ? 'attachment stays' : `${declared.length} attachments stay`} as ${declared.length === 1 ? 'it is' : 'they are'}, unmanaged. ${firstDriftWarning(declared.length)}`,
      });
      continue;
    }
    // The plan adopts such a policy as a high-impact change (plan-scps.ts): its content changes would reach those
    // targets too. No SCP applies to the management account, so an attachment there does not count.
    // Nor does a suspended or closing account: no manifest can declare it, and the plan leaves it out too.
    const inactive = inactiveAccountIds(live.accounts);
    const elsewhere = policy.targetIds.filter(
      (id) => !declaredTargetIds.has(id) && id !== live.organization.managementAccountId && !inactive.has(id),
    );
    if (!owned && elsewhere.length > 0)
      findings.push({
        kind: 'check',
        subject,
        message: `It is also attached to ${elsewhere.length === 1 ? 'a target' : `${elsewhere.length} targets`} the repository does not declare (${elsewhere.map((id) => targetName(live, id)).join(', ')}), which its content changes would reach once vend owns it, so the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review. To keep it out, detach it there before the first plan; or declare ${elsewhere.length === 1 ? 'that target' : 'those targets'} (an OU in organization.yaml, an account with vend import --accounts-only).`,
      });
    // No manifest declares the management account, so organization.yaml cannot say this attachment: said, not dropped.
    const management = live.organization.managementAccountId;
    if (policy.targetIds.includes(management))
      findings.push({
        kind: 'note',
        subject,
        message: `It is also attached to the management account, ${targetName(live, management)}, where no SCP applies; the repository declares the management account in no manifest, so that attachment is not written, and vend leaves it as it is.`,
      });
    const managedBy = policy.tags[MANAGED_BY_TAG.key];
    if (managedBy === undefined)
      findings.push(...tagLimitFinding(subject, policy.id, Object.keys(policy.tags).length, quotas));
    if (!owned && managedBy !== undefined)
      findings.push({
        kind: 'check',
        subject,
        message: `Its ${MANAGED_BY_TAG.key} tag is '${managedBy}'; the first plan adopts it, setting ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, a high-impact change. Make sure ${managedBy} no longer manages it, or take it out of the catalogue and the attachments in the repository.`,
      });
    inCatalogue.add(policy.name);
    // AWS tells DenyAll from denyall; macOS and Windows file systems by default do not, and the second file would
    // overwrite the first. The later one takes its policy id in its file name.
    const file = filesInLowerCase.has(`baselines/scps/${policy.name}.json`.toLowerCase())
      ? `baselines/scps/${policy.name}-${policy.id}.json`
      : `baselines/scps/${policy.name}.json`;
    filesInLowerCase.add(file.toLowerCase());
    catalogue.push({
      name: policy.name,
      file,
      description: policy.description,
      content: policy.content,
    });
  }

  const attachmentsOf = scpAttachments(live, inCatalogue);
  if (!enabled)
    findings.push({
      kind: 'check',
      subject: 'the root',
      message:
        'Service control policies are not enabled: the first plan enables them (a high-impact change; AWS attaches FullAWSAccess everywhere, which allows what is allowed now). To keep that out of the first plan, enable them first: aws organizations enable-policy-type --root-id <root id> --policy-type SERVICE_CONTROL_POLICY, then import again.',
    });
  for (const policy of sorted.filter((candidate) => candidate.awsManaged && candidate !== fullAWSAccess)) {
    const declared = policy.targetIds.filter((id) => declaredTargetIds.has(id)).length;
    if (partial && declared === 0) continue;
    findings.push({
      kind: 'left-out',
      subject: `SCP ${policy.name} (${policy.id})`,
      message: `AWS manages it; vend attaches and detaches only FullAWSAccess among the policies AWS manages.${declared > 0 ? ` ${firstDriftWarning(declared)}` : ''}`,
    });
  }
  return { catalogue, attachmentsOf, findings };
}

/**
 * Drift reports every SCP vend does not own on a target the repository declares as high (scp-foreign): leaving one
 * out of the catalogue does not make it expected, and the first nightly issue would otherwise come as a surprise.
 */
function firstDriftWarning(attachments: number): string {
  return `vend drift reports ${attachments === 1 ? 'the attachment' : 'each attachment'} as high (scp-foreign, Foreign SCP attached) from its first run: detach it by hand if it should not be there, or add an ignore: entry for ${attachments === 1 ? 'that finding' : 'those findings'} to baselines/organization.yaml, with the reason it stays and an expiry.`;
}

/**
 * For an import into an existing organization.yaml (--accounts-only): each SCP attached directly to an account it
 * writes that the catalogue does not hold (FullAWSAccess aside), which the manifest cannot name. Its attachment
 * stays, unmanaged, and drift reports it from its first run, as a full import would have said.
 */
export function unlistedAccountAttachments(
  live: Pick<LiveOrganization, 'serviceControlPolicies' | 'root' | 'organizationalUnits' | 'accounts' | 'organization'>,
  catalogue: ReadonlySet<string>,
  written: ReadonlyMap<string, string>,
  /** The root, OUs and accounts the repository already declares, by id. */
  declared: ReadonlySet<string>,
): ImportFinding[] {
  return [...live.serviceControlPolicies]
    .filter((policy) => !(policy.awsManaged && policy.name === FULL_AWS_ACCESS_POLICY_NAME))
    .filter((policy) => policy.awsManaged || !catalogue.has(policy.name))
    .sort((a, b) => compareText(a.name, b.name))
    .flatMap((policy) => {
      const accounts = policy.targetIds.flatMap((id) => (written.has(id) ? [written.get(id)!] : [])).sort(compareText);
      if (accounts.length === 0) return [];
      // Adopting it later makes every declared target it is on the repository's to keep or detach, and every other
      // one (the management account aside, where no SCP applies) a reason to set its adoption apart: both are named.
      const others = policy.targetIds.filter((id) => !written.has(id) && id !== live.organization.managementAccountId);
      const declaredElsewhere = others
        .filter((id) => declared.has(id))
        .map((id) => targetName(live, id))
        .sort(compareText);
      const undeclared = others
        .filter((id) => !declared.has(id))
        .map((id) => targetName(live, id))
        .sort(compareText);
      const manage = policy.awsManaged
        ? ''
        : ` To manage it, add it to the catalogue and to the scps of ${accounts.length === 1 ? 'that manifest' : 'those manifests'}${declaredElsewhere.length > 0 ? `, and of the other declared ${declaredElsewhere.length === 1 ? 'target' : 'targets'} it is attached to (${declaredElsewhere.join(', ')}): vend detaches it from a declared target that does not list it` : ''}.${undeclared.length > 0 ? ` It is also attached to ${undeclared.length === 1 ? 'a target' : `${undeclared.length} targets`} the repository does not declare (${undeclared.join(', ')}): adopting it would then be high impact, applied only with allow-high-impact (--allow-high-impact).` : ''}`;
      const onDeclared = accounts.length + declaredElsewhere.length;
      return [
        {
          // Not written, as a full import says of a policy it leaves out of the catalogue: the plan does nothing to it.
          kind: 'left-out' as const,
          subject: `SCP ${policy.name} (${policy.id})`,
          message: `Attached to ${accounts.length === 1 ? 'account' : 'accounts'} ${listNames(accounts)}, which this import writes, but not in the catalogue of baselines/organization.yaml, so no manifest names it and its ${accounts.length === 1 ? 'attachment stays' : 'attachments stay'} as ${accounts.length === 1 ? 'it is' : 'they are'}, unmanaged.${manage} ${firstDriftWarning(onDeclared)}`,
        },
      ];
    });
}

/**
 * The attachments of the root, an OU or an account, by its id, in the repository's terms: the catalogue SCPs
 * attached to it, and whether FullAWSAccess is. SCPs outside the catalogue are not the repository's to mention.
 */
export function scpAttachments(
  live: Pick<LiveOrganization, 'serviceControlPolicies' | 'root'>,
  catalogue: ReadonlySet<string>,
): (targetId: string) => ScpAttachments {
  const enabled = live.root.policyTypes.includes(SERVICE_CONTROL_POLICY);
  const fullAWSAccess = live.serviceControlPolicies.find(
    (policy) => policy.awsManaged && policy.name === FULL_AWS_ACCESS_POLICY_NAME,
  );
  return (targetId) => ({
    scps: live.serviceControlPolicies
      .filter((policy) => !policy.awsManaged && catalogue.has(policy.name) && policy.targetIds.includes(targetId))
      .map((policy) => policy.name)
      .sort(compareText),
    // Without the SCP type nothing is attached yet; enabling it attaches FullAWSAccess everywhere.
    fullAWSAccess: !enabled || fullAWSAccess?.targetIds.includes(targetId) === true,
  });
}

/** Why validate would refuse the policy as a catalogue entry, in a few words, or undefined. */
function catalogueProblem(
  policy: ObservedPolicy,
  quotas: Quotas,
  policies: readonly ObservedPolicy[],
): string | undefined {
  if (!SCP_NAME.test(policy.name))
    return `its name is no catalogue name (1-64 letters, digits, _ and -, starting with a letter), and the catalogue names an SCP by its name in AWS, where spaces and other characters are allowed. To manage it with vend, rename it in AWS, which keeps its id, content and attachments, if nothing else refers to it by name: aws organizations update-policy --policy-id ${policy.id} --name ${catalogueNameFor(policy, policies)}, then import again`;
  const nameProblem = keyProblem(policy.name);
  if (nameProblem) return `its name, a key of the catalogue, ${nameProblem}`;
  try {
    JSON.parse(policy.content);
  } catch {
    return 'its content is not JSON';
  }
  const problems = policyProblems(
    policy.name,
    `baselines/scps/${policy.name}.json`,
    policy.content,
    policy.description,
    quotas,
  );
  return problems.length === 0 ? undefined : `validate would refuse it: ${problems.slice(0, 2).join('; ')}`;
}

/**
 * A name the catalogue accepts for a policy whose AWS name it does not: each run of other characters becomes '-',
 * and one taken by another policy (AWS names are unique per policy type), left empty, or refused as a key takes the
 * policy id.
 */
function catalogueNameFor(policy: ObservedPolicy, policies: readonly ObservedPolicy[]): string {
  const base = policy.name
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[^A-Za-z]+/, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  const taken = policies.some((other) => other !== policy && other.name.toLowerCase() === base.toLowerCase());
  // A name validate refuses as a key (`constructor`) would send the person round again: it takes the id as well.
  if (base && !taken && keyProblem(base) === undefined) return base;
  return `${base ? base.slice(0, 64 - policy.id.length - 1) : 'scp'}-${policy.id}`;
}

/** A policy target as a reader knows it: `OU Workloads/Prod (ou-…)`, `account app (1234…)`, `the root (r-…)`. */
function targetName(live: Pick<LiveOrganization, 'root' | 'organizationalUnits' | 'accounts'>, id: string): string {
  if (id === live.root.id) return `the root (${id})`;
  const unit = live.organizationalUnits.find((candidate) => candidate.id === id);
  if (unit) return `OU ${unit.path} (${id})`;
  const account = live.accounts.find((candidate) => candidate.id === id);
  return account ? `account ${account.name} (${id})` : id;
}

/**
 * The catalogue as the accounts finally written see it. It was chosen with every candidate account counted as
 * declared, and some were left out after (a manifest validate would refuse, a name taken): an SCP attached to nothing
 * declared any more leaves the catalogue (`drop`, with a left-out finding), and one also attached to a left-out
 * account gets the check that the first plan adopts it as a high-impact change. vend's own SCPs stay. Pure.
 *
 * @param catalogue the SCP names organization.yaml holds
 * @param declaredIds the root, the declared OUs and the accounts written
 * @param leftOutIds the candidate accounts not written
 */
export function catalogueAfterLeftOutAccounts(
  live: LiveOrganization,
  catalogue: readonly string[],
  declaredIds: ReadonlySet<string>,
  leftOutIds: ReadonlySet<string>,
): { drop: string[]; findings: ImportFinding[] } {
  const drop: string[] = [];
  const findings: ImportFinding[] = [];
  for (const name of catalogue) {
    const policy = live.serviceControlPolicies.find((candidate) => candidate.name === name && !candidate.awsManaged);
    if (!policy || policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value) continue;
    const reached = policy.targetIds.filter((id) => leftOutIds.has(id));
    if (reached.length === 0) continue;
    const subject = `SCP ${policy.name} (${policy.id})`;
    const where = reached.map((id) => targetName(live, id)).join(', ');
    if (!policy.targetIds.some((id) => declaredIds.has(id))) {
      drop.push(name);
      findings.push({
        kind: 'left-out',
        subject,
        message: `Not in the catalogue: it is attached to nothing the repository declares, only to ${reached.length === 1 ? 'an account' : 'accounts'} import left out (${where}).`,
      });
    } else
      findings.push({
        kind: 'check',
        subject,
        message: `It is also attached to ${reached.length === 1 ? 'an account' : 'accounts'} import left out (${where}), which its content changes would reach once vend owns it, so the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review. To keep it out, detach it there before the first plan, or settle what left ${reached.length === 1 ? 'that account' : 'those accounts'} out and import ${reached.length === 1 ? 'it' : 'them'} (vend import --accounts-only).`,
      });
  }
  return { drop, findings };
}
