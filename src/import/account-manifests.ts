import { compareText } from '../ordering.js';
import { isMaskedValue } from '../plan/no-echo-parameters.js';
import { MANAGED_BY_TAG, OWNER_UNASSIGNED, PARAMETER_OVERRIDES_TAG, VEND_TAG_PREFIX } from '../config/desired-state.js';
import type { ScpAttachments } from '../config/desired-state.js';
import type { AccountDocument } from '../config/documents.js';
import type { ObservedAccount } from '../observe/observed-state.js';
import type { AccountBaselines } from './baseline-placement.js';
import type { ImportFinding } from './imported-repository.js';
import type { LiveOrganization } from './live-organization.js';
import type { ImportedOrganizationalUnit } from './organizational-units.js';
import { ACCOUNT_NAME_IN_AWS, ACCOUNT_NAME_MAX_LENGTH } from '../config/schema-patterns.js';

/** A member account that can have a manifest, with what its tags say. */
export interface AccountCandidate {
  account: ObservedAccount;
  /** The declared OU path it is in. */
  ou: string;
  /** Its Owner tag, or the placeholder when it has none or validate would refuse it as the owner. */
  owner: string;
  /** The rules by which validate would refuse its Owner tag as the owner, when the placeholder stands in for it. */
  ownerRefused?: string;
  /** Its other tags, as the manifest's `tags`. */
  tags: Record<string, string>;
}

/**
 * The accounts that get a manifest: active member accounts in a complete imported OU, whose AWS name `accountName`
 * can keep and whose tags a manifest can hold. The management account gets none (it is `managementAccountId`, and
 * vend never moves it); a suspended or closing account is listed; an account under the root, whose manifest could
 * name no OU, or one with a tag only vend may set (the plan would remove it), is left out. Accounts outside
 * what is imported are not mentioned: their OU's finding, or `--ou`, says why. Pure.
 */
export function accountCandidates(
  live: Pick<LiveOrganization, 'accounts' | 'organization' | 'root'>,
  units: readonly ImportedOrganizationalUnit[],
  /** No `--ou`: the whole organization is imported, the root's own accounts included. */
  whole: boolean,
): { candidates: AccountCandidate[]; findings: ImportFinding[] } {
  const unitsById = new Map(units.map((unit) => [unit.id, unit]));
  const candidates: AccountCandidate[] = [];
  const findings: ImportFinding[] = [];
  for (const account of [...live.accounts].sort((a, b) => compareText(a.id, b.id))) {
    const subject = `account ${account.id} (${account.name})`;
    const leftOut = (message: string) => findings.push(leftOutAccount(account, message));
    if (account.id === live.organization.managementAccountId) {
      findings.push({
        kind: 'note',
        subject,
        message:
          'The management account is managementAccountId, with no manifest: vend never moves or closes it, and no SCP applies to it.',
      });
      continue;
    }
    const unit = unitsById.get(account.parentId);
    // The root's own accounts belong to an import of the whole organization, not of a part that --ou selects.
    if (account.parentId === live.root.id ? !whole : !unit?.complete) continue;
    if (account.status !== 'ACTIVE') {
      findings.push({ kind: 'inactive', subject, message: `${account.status || 'no status'}: listed, not written.` });
      continue;
    }
    if (!unit) {
      leftOut(
        'It is directly under the root, and a manifest names an OU. Move it into an OU, then import it (vend import --accounts-only --ou <that OU>).',
      );
      continue;
    }
    if (!ACCOUNT_NAME_IN_AWS.test(account.name)) {
      // The pattern bounds both the characters and the length: say which the name breaks.
      const characters = [...account.name];
      const reasons = [
        ...(characters.length > ACCOUNT_NAME_MAX_LENGTH
          ? [`is ${characters.length} characters long, more than the ${ACCOUNT_NAME_MAX_LENGTH} accountName allows`]
          : []),
        ...(characters.some((character) => !ACCOUNT_NAME_IN_AWS.test(character))
          ? ['has characters accountName refuses']
          : []),
      ];
      leftOut(
        `Its name ${reasons.join(' and ') || 'is empty'} (${ACCOUNT_NAME_IN_AWS.source}: what both CreateAccount and PutAccountName accept), so vend would rename it. Rename it in AWS (aws account put-account-name), then import it.`,
      );
      continue;
    }
    const { Owner: ownerTag, [MANAGED_BY_TAG.key]: managedBy, ...rest } = account.tags ?? {};
    // Tags with the aws: prefix are AWS's: no manifest declares them and the plan never removes them.
    const tags = Object.fromEntries(
      Object.entries(rest)
        .filter(([key]) => key !== PARAMETER_OVERRIDES_TAG && !/^aws:/i.test(key))
        .sort(([a], [b]) => compareText(a, b)),
    );
    const reserved = Object.keys(tags).filter((key) => key.toLowerCase().startsWith(VEND_TAG_PREFIX));
    if (reserved.length > 0) {
      leftOut(
        `Its tag${reserved.length === 1 ? '' : 's'} ${reserved.join(', ')} ${reserved.length === 1 ? 'has' : 'have'} the prefix vend keeps for itself (${VEND_TAG_PREFIX}), so a manifest cannot declare ${reserved.length === 1 ? 'it' : 'them'} and the first plan would remove ${reserved.length === 1 ? 'it' : 'them'}. Remove ${reserved.length === 1 ? 'it' : 'them'} in AWS, then import it.`,
      );
      continue;
    }
    // Another tool's claim: adoption overwrites it, and that tool may then fight vend over the account.
    if (managedBy !== undefined && managedBy !== MANAGED_BY_TAG.value)
      findings.push({
        kind: 'check',
        subject,
        message: `Its ${MANAGED_BY_TAG.key} tag is '${managedBy}'; adopting it sets ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}. Make sure ${managedBy} no longer manages it, or remove its manifest.`,
      });
    // An Owner tag of only whitespace names no one: the placeholder, and validate's warning, say so.
    candidates.push({ account, ou: unit.path, owner: ownerTag?.trim() ? ownerTag : OWNER_UNASSIGNED, tags });
  }
  // Validate refuses two manifests whose emails differ only in case (unique-account-email), so neither is written.
  const byEmail = new Map<string, AccountCandidate[]>();
  for (const candidate of candidates) {
    const key = candidate.account.email.toLowerCase();
    byEmail.set(key, [...(byEmail.get(key) ?? []), candidate]);
  }
  const alike = new Set([...byEmail.values()].filter((group) => group.length > 1).flat());
  for (const candidate of alike) {
    const others = byEmail.get(candidate.account.email.toLowerCase())!.filter((other) => other !== candidate);
    findings.push(
      leftOutAccount(
        candidate.account,
        `Its root email ${candidate.account.email} is ${others.map((other) => `account ${other.account.id}'s (${other.account.email})`).join(', ')} but for letter case, and validate refuses two manifests alike so (unique-account-email). Change one root email (aws account start-primary-email-update) or close that account, then import again.`,
      ),
    );
  }
  return { candidates: candidates.filter((candidate) => !alike.has(candidate)), findings };
}

/** What a manifest says beyond what an account's tags and OU do, in terms of the organization file it goes with. */
export interface ManifestContext {
  /** The manifest name; `accountName` is written when the AWS name differs. */
  name: string;
  baselines: AccountBaselines;
  /** Baselines the account's OU path declares, which it inherits. */
  inherited: ReadonlySet<string>;
  defaultRegions: readonly string[];
  /** Baseline → its StackSet's parameters, which overrides are compared with. */
  stackSetParameters: ReadonlyMap<string, Record<string, string>>;
  attachments: ScpAttachments;
}

/**
 * The manifest of a candidate: what the plan compares with AWS, set to what AWS holds, so that the plan finds
 * nothing to change but adoption. Baselines it inherits are not repeated; regions equal to defaultRegions are left
 * to the default; an override is written only where it differs from the StackSet's value, or is a masked secret whose
 * value cannot be compared (unless none does: the instance then still holds overrides, and the manifest must say so).
 * Pure.
 */
export function accountManifest(candidate: AccountCandidate, context: ManifestContext): AccountDocument {
  const { account } = candidate;
  const own = [...context.baselines.overrides.keys()].filter((name) => !context.inherited.has(name)).sort(compareText);
  const regions = context.baselines.regions;
  const parameters = Object.fromEntries(
    [...context.baselines.overrides]
      .filter(([, overrides]) => Object.keys(overrides).length > 0)
      .sort(([a], [b]) => compareText(a, b))
      .map(([baseline, overrides]) => {
        const stackSet = context.stackSetParameters.get(baseline) ?? {};
        // A masked (NoEcho) override cannot be compared with the StackSet's masked value: the account may run a
        // secret of its own, so the override is written (as the mask, which apply keeps) and secretParameters says so.
        const differing = Object.entries(overrides).filter(
          ([key, value]) => stackSet[key] !== value || isMaskedValue(value),
        );
        const written = differing.length > 0 ? differing : Object.entries(overrides);
        return [baseline, Object.fromEntries(written.sort(([a], [b]) => compareText(a, b)))];
      }),
  );
  return {
    name: context.name,
    ...(account.name === context.name ? {} : { accountName: account.name }),
    email: account.email,
    ou: candidate.ou,
    owner: candidate.owner,
    ...(Object.keys(candidate.tags).length > 0 ? { tags: candidate.tags } : {}),
    ...(regions && regions.join(',') !== [...context.defaultRegions].sort(compareText).join(',') ? { regions } : {}),
    ...(own.length > 0 ? { baselines: own } : {}),
    ...(context.attachments.scps.length > 0 ? { scps: context.attachments.scps } : {}),
    ...(context.attachments.fullAWSAccess ? {} : { fullAWSAccess: false }),
    ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
  };
}

/** A candidate that import leaves out after all, with why: vend then leaves the account alone, unmanaged. */
export function leftOutAccount(account: ObservedAccount, message: string): ImportFinding {
  return {
    kind: 'left-out',
    subject: `account ${account.id} (${account.name})`,
    message,
    leftOutAccountIds: [account.id],
  };
}

/**
 * The active member accounts the findings leave without a manifest (ImportFinding.leftOutAccountIds), each once:
 * they stay unmanaged until a person acts. A suspended or closing account is `inactive`, expected to have none.
 */
export function leftOutAccountIds(findings: readonly ImportFinding[]): Set<string> {
  return new Set(findings.flatMap((finding) => finding.leftOutAccountIds ?? []));
}
