import { compareText } from '../ordering.js';
import { flattenOrganizationalUnits } from '../config/documents.js';
import type { OrganizationDocument } from '../config/documents.js';
import { OWNER_UNASSIGNED } from '../config/desired-state.js';
import { organizationalUnitLineage } from '../config/inheritance.js';
import { effectiveQuotas } from '../config/quotas.js';
import { ACCOUNTS_DIR } from '../config/repository.js';
import { accountManifest, leftOutAccount } from './account-manifests.js';
import type { AccountCandidate, ManifestContext } from './account-manifests.js';
import { baseName } from './account-names.js';
import type { AccountBaselines } from './baseline-placement.js';
import type { ImportFinding } from './imported-repository.js';
import type { LiveOrganization } from './live-organization.js';
import { renderAccountManifest } from './render-repository.js';
import { manifestProblems } from './repository-check.js';
import { scpAttachments } from './service-control-policies.js';
import { parameterNamesIn } from '../plan/no-echo-parameters.js';

/**
 * Each candidate's manifest context in the terms of `organization`, checked with validate's rules; an account
 * whose OU path declares a baseline it lacks, or whose manifest validate would refuse, is left out.
 */
export function manifestsFor(
  live: LiveOrganization,
  organization: OrganizationDocument,
  candidates: readonly AccountCandidate[],
  placed: ReadonlyMap<string, AccountBaselines>,
  findings: ImportFinding[],
): { candidate: AccountCandidate; context: Omit<ManifestContext, 'name'> }[] {
  const quotas = effectiveQuotas(organization);
  const units = flattenOrganizationalUnits(organization.organizationalUnits);
  const attachmentsOf = scpAttachments(live, new Set(Object.keys(organization.scps ?? {})));
  const declaredParameters = new Map(
    live.stackSets.map((stackSet) => [
      stackSet.name.slice(live.namePrefix.length),
      parameterNamesIn(stackSet.templateBody),
    ]),
  );
  const stackSetParameters = new Map(
    live.stackSets.map((stackSet) => [stackSet.name.slice(live.namePrefix.length), stackSet.parameters]),
  );
  return candidates.flatMap((candidate) => {
    const baselines = placed.get(candidate.account.id)!;
    const inherited = new Set(
      organizationalUnitLineage(units, candidate.ou).flatMap((unit) => unit.document.baselines ?? []),
    );
    const missing = [...inherited].filter((name) => !baselines.overrides.has(name)).sort(compareText);
    if (missing.length > 0) {
      findings.push(
        leftOutAccount(
          candidate.account,
          `Its OU path declares ${missing.join(', ')}, which it has no stack instances of: vend would deploy ${missing.length === 1 ? 'it' : 'them'} there, so adopting it is more than adoption. To manage it, deploy ${missing.length === 1 ? 'it' : 'them'} first (aws cloudformation create-stack-instances) and import it again, or write its manifest by hand and let the first plan deploy ${missing.length === 1 ? 'it' : 'them'}, or leave ${missing.length === 1 ? 'it' : 'them'} out with excludeBaselines and a baseline-opt-out exception.`,
        ),
      );
      return [];
    }
    // An override of a parameter the template no longer declares (left on an instance when a template dropped it):
    // validate refuses it in a manifest, and a manifest without it would have the first plan remove it.
    const stale = [...baselines.overrides].flatMap(([baseline, overrides]) => {
      const declared = new Set(declaredParameters.get(baseline) ?? []);
      const names = Object.keys(overrides).filter((name) => !declared.has(name));
      return names.length > 0 ? [{ baseline, names: names.sort(compareText) }] : [];
    });
    if (stale.length > 0) {
      const listed = stale
        .map(({ baseline, names }) => `${live.namePrefix}${baseline}: ${names.join(', ')}`)
        .join('; ');
      findings.push(
        leftOutAccount(
          candidate.account,
          `Its stack instances override parameters their StackSet's template no longer declares (${listed}): validate would refuse them in a manifest (parameter-reference), and left out, the first plan would remove them, which is more than adoption. Update those instances without them in AWS (aws cloudformation update-stack-instances with --parameter-overrides of the others), then import it again (vend import --accounts-only).`,
        ),
      );
      return [];
    }
    const context = {
      baselines,
      inherited,
      defaultRegions: organization.defaultRegions,
      stackSetParameters,
      attachments: attachmentsOf(candidate.account.id),
    };
    const problemsOf = (tried: AccountCandidate) => {
      const provisional = accountManifest(tried, { ...context, name: baseName(tried.account.name) });
      return manifestProblems(
        `${ACCOUNTS_DIR}/${provisional.name}.yaml`,
        renderAccountManifest(provisional),
        provisional,
        quotas,
      );
    };
    const problems = problemsOf(candidate);
    if (problems.length === 0) return [{ candidate, context }];
    // An Owner tag the manifest cannot hold as its owner is no reason to leave the account unmanaged: the
    // placeholder owner keeps the tag as it is in AWS (the plan neither sets nor removes Owner for it), as for an
    // account with no Owner tag, and the manifest's comment says why. Only when the tag's value is what validate
    // refuses: the tag stays in AWS, so the placeholder would only hide a problem of the count (50 tags with Owner,
    // and ManagedBy to add), which the first plan then reports.
    const ownerValueAlone = problemsOf({ ...candidate, owner: 'team' }).length === 0;
    if (candidate.owner !== OWNER_UNASSIGNED && ownerValueAlone) {
      // Rule ids only: the tag's own text may hold a character the manifest cannot (a hidden one, say).
      const rules = [...new Set(problems.map((problem) => problem.slice(0, problem.indexOf(':'))))].join(', ');
      const unassigned = { ...candidate, owner: OWNER_UNASSIGNED, ownerRefused: rules };
      if (problemsOf(unassigned).length === 0) {
        findings.push({
          kind: 'note',
          subject: `account ${candidate.account.id} (${candidate.account.name})`,
          message: `Written with owner ${OWNER_UNASSIGNED}; its Owner tag stays as it is in AWS until the manifest names the owning team. Validate would refuse the tag as the owner: ${problems.join('; ')}.`,
        });
        return [{ candidate: unassigned, context }];
      }
    }
    findings.push(
      // Validate's advice is for a manifest someone wrote; here the fix is in AWS, where the account is as it is.
      leftOutAccount(
        candidate.account,
        `validate would refuse its manifest as AWS has the account: ${problems.join('; ')}. Nothing was written, so change the account in AWS (its tags: aws organizations tag-resource, untag-resource; its name: aws account put-account-name; its root email: aws account start-primary-email-update), then import it again (vend import --accounts-only).`,
      ),
    );
    return [];
  });
}
