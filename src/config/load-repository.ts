import { buildDesiredState } from './build-desired-state.js';
import type { DesiredState } from './desired-state.js';
import { compareDiagnostics } from './diagnostics.js';
import type { Diagnostic } from './diagnostics.js';
import { effectiveQuotas } from './quotas.js';
import { readRepository } from './repository.js';
import {
  checkAccountReferences,
  checkAccountRegions,
  checkBaselineOptOut,
  checkEmailDomains,
  checkFileNames,
  checkOrganizationalUnitExists,
  checkOwnerAssigned,
  checkRequiredTags,
  checkUniqueAccounts,
} from './rules/account-rules.js';
import { checkExceptions } from './rules/exceptions.js';
import {
  checkAccountBaselineDependencies,
  checkBaselineDependencyCycles,
  checkOrganizationalUnitDepth,
  checkOrganizationReferences,
  checkOrganizationRegions,
  checkScpAttachmentLimits,
} from './rules/organization-rules.js';
import { checkParameterReferences, checkParameterValues } from './rules/parameter-rules.js';
import { checkRegionCodes } from './rules/region-rules.js';
import type { Rule } from './rules/rule-context.js';
import { checkScpDescriptions, checkScps } from './rules/scp-rules.js';
import { checkOperationPreferences, checkTemplateLimits } from './rules/stack-set-rules.js';
import { checkTagCharacters, checkTagLimits } from './rules/tag-rules.js';
import { checkTemplateResources } from './rules/template-resource-rules.js';
import { checkTemplates } from './rules/template-rules.js';

const CROSS_FILE_RULES: Rule[] = [
  checkUniqueAccounts,
  checkFileNames,
  checkOrganizationalUnitExists,
  checkAccountReferences,
  checkOrganizationReferences,
  checkBaselineDependencyCycles,
  checkAccountBaselineDependencies,
  checkOrganizationalUnitDepth,
  checkScps,
  checkScpDescriptions,
  checkScpAttachmentLimits,
  checkTagLimits,
  checkTagCharacters,
  checkRegionCodes,
  checkOrganizationRegions,
  checkAccountRegions,
  checkEmailDomains,
  checkRequiredTags,
  checkBaselineOptOut,
  checkOwnerAssigned,
  checkTemplates,
  checkTemplateResources,
  checkTemplateLimits,
  checkParameterReferences,
  checkParameterValues,
  checkOperationPreferences,
  checkExceptions,
];

export interface RepositoryVerdict {
  /** Present only when there are no errors: nothing is planned or applied from a repository with errors. */
  desired?: DesiredState;
  diagnostics: Diagnostic[];
  fileCount: number;
}

export function loadRepository(root: string, options: { now: Date }): RepositoryVerdict {
  const { repository, diagnostics } = readRepository(root);
  const quotas = effectiveQuotas(repository.organization?.value);
  for (const rule of CROSS_FILE_RULES) diagnostics.push(...rule({ repository, now: options.now, quotas }));
  diagnostics.sort(compareDiagnostics);
  const organization = repository.organization;
  const hasErrors = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const fileCount = repository.filesRead.length;
  return hasErrors || !organization
    ? { diagnostics, fileCount }
    : { desired: buildDesiredState({ ...repository, organization }), diagnostics, fileCount };
}
