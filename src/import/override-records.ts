import { PARAMETER_OVERRIDES_TAG } from '../config/desired-state.js';
import type { AccountDocument } from '../config/documents.js';
import { CATALOGUE_NAME } from '../config/schema-patterns.js';
import { compareText } from '../ordering.js';
import type { AccountCandidate } from './account-manifests.js';
import type { ImportFinding } from './imported-repository.js';
import type { LiveOrganization } from './live-organization.js';

/**
 * Accounts whose tag vend:parameter-overrides (vend's record of the baselines it deployed with overrides) names
 * other baselines than their manifests: the first plan rewrites it, which is more than adoption. A recorded baseline
 * with no StackSet here most often means import ran in another region than vend's StackSets: AWS_REGION picks it.
 */
export function overrideRecordChecks(
  live: LiveOrganization,
  accounts: readonly { candidate: AccountCandidate; document: AccountDocument }[],
): ImportFinding[] {
  const found = new Set(live.stackSets.map((stackSet) => stackSet.name.slice(live.namePrefix.length)));
  return accounts.flatMap(({ candidate, document }) => {
    const tag = candidate.account.tags?.[PARAMETER_OVERRIDES_TAG];
    if (tag === undefined) return [];
    const recorded = [...new Set(tag.split(' ').filter(Boolean))].sort(compareText);
    const written = Object.keys(document.parameters ?? {}).sort(compareText);
    if (recorded.join(' ') === written.join(' ')) return [];
    const subject = `account ${candidate.account.id} (${candidate.account.name})`;
    // Only space-separated baseline names are a record vend writes; anything else names no StackSet to look for.
    if (!recorded.every((name) => CATALOGUE_NAME.test(name)))
      return [
        {
          kind: 'check' as const,
          subject,
          message: `Its tag ${PARAMETER_OVERRIDES_TAG} holds ${JSON.stringify(tag)}, which is not a record vend writes (baseline names, separated by spaces): the first plan rewrites it to ${written.length > 0 ? `'${written.join(' ')}'` : 'nothing, removing it'}.`,
        },
      ];
    const missing = recorded.filter((name) => !found.has(name));
    return [
      {
        kind: 'check' as const,
        subject,
        message: `Its tag ${PARAMETER_OVERRIDES_TAG} records overrides for ${recorded.join(', ') || 'no baseline'}, its manifest for ${written.join(', ') || 'none'}: the first plan rewrites the tag.${missing.length > 0 ? ` No StackSet ${missing.map((name) => `${live.namePrefix}${name}`).join(', ')} is in ${live.homeRegion}: if vend's StackSets are administered in another region, run import there (AWS_REGION).` : ''}`,
      },
    ];
  });
}
