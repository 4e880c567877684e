import { checkImportedExportRegions } from './rules/export-regions.js';
import { buildDesiredState } from './build-desired-state.js';
import type { DesiredState } from './desired-state.js';
import { compareDiagnostics } from './diagnostics.js';
import type { Diagnostic, SourcePosition } from './diagnostics.js';
import { declaredExceptions, driftIgnoreEntries } from './drift-declarations.js';
import type { DeclaredException, DriftIgnoreEntry } from './drift-declarations.js';
import { effectiveQuotas } from './quotas.js';
import { readRepository } from './repository.js';
import type { LoadedRepository } from './repository.js';
import type { YamlPath } from './safe-yaml.js';
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
import { checkDriftIgnore } from './rules/drift-ignore-rules.js';
import { checkExceptions } from './rules/exceptions.js';
import {
  checkAccountBaselineDependencies,
  checkBaselineDependencyCycles,
  checkOrganizationalUnitDepth,
  checkOrganizationalUnitCount,
  checkOrganizationalUnitNameCase,
  checkNamesLikeIds,
  checkOrganizationReferences,
  checkOrganizationRegions,
  checkScpAttachmentLimits,
} from './rules/organization-rules.js';
import { checkParameterReferences, checkParameterValues, checkUncheckedPatterns } from './rules/parameter-rules.js';
import { checkQuotaOverrides } from './rules/quota-rules.js';
import { checkRegionCodes } from './rules/region-rules.js';
import type { Rule } from './rules/rule-context.js';
import { checkScpDescriptions, checkScps } from './rules/scp-rules.js';
import {
  checkAdministrationRole,
  checkExecutionRole,
  checkOperationPreferences,
  checkTemplateLimits,
} from './rules/stack-set-rules.js';
import { checkTagCharacters, checkTagLimits } from './rules/tag-rules.js';
import { checkTemplateResources } from './rules/template-resource-rules.js';
import { checkTemplateResourceSchemas } from './rules/template-resource-schema-rules.js';
import { checkTemplateIamValues } from './rules/template-iam-value-rules.js';
import { checkIamNameCollisions } from './rules/template-name-collision-rules.js';
import { checkGlobalNameCollisions } from './rules/template-global-names.js';
import { checkTemplatePolicySizes } from './rules/template-policy-sizes.js';
import { checkTemplateRuleAssertions } from './rules/template-rule-assertions.js';
import { checkTemplateFunctions } from './rules/template-function-rules.js';
import { checkTemplateNames } from './rules/template-name-rules.js';
import { checkTemplateStructure } from './rules/template-structure-rules.js';
import { checkTemplates } from './rules/template-rules.js';

/**
 * The rules on baseline templates. Each reads a template on its own, the catalogue and the manifests only where
 * they name it (import and drift run them on one template at a time: file-checks.ts).
 */
export const TEMPLATE_RULES: Rule[] = [
  checkTemplates,
  checkTemplateResources,
  checkTemplateResourceSchemas,
  checkTemplateIamValues,
  checkTemplatePolicySizes,
  checkIamNameCollisions,
  checkGlobalNameCollisions,
  checkTemplateFunctions,
  checkTemplateStructure,
  checkTemplateNames,
  checkTemplateLimits,
];

const CROSS_FILE_RULES: Rule[] = [
  checkUniqueAccounts,
  checkFileNames,
  checkOrganizationalUnitExists,
  checkAccountReferences,
  checkOrganizationReferences,
  checkBaselineDependencyCycles,
  checkAccountBaselineDependencies,
  checkImportedExportRegions,
  checkOrganizationalUnitDepth,
  checkOrganizationalUnitCount,
  checkOrganizationalUnitNameCase,
  checkNamesLikeIds,
  checkScps,
  checkScpDescriptions,
  checkScpAttachmentLimits,
  checkQuotaOverrides,
  checkTagLimits,
  checkTagCharacters,
  checkRegionCodes,
  checkOrganizationRegions,
  checkAccountRegions,
  checkEmailDomains,
  checkRequiredTags,
  checkBaselineOptOut,
  checkOwnerAssigned,
  ...TEMPLATE_RULES,
  checkParameterReferences,
  checkParameterValues,
  checkTemplateRuleAssertions,
  checkUncheckedPatterns,
  checkOperationPreferences,
  checkAdministrationRole,
  checkExecutionRole,
  checkExceptions,
  checkDriftIgnore,
];

export interface RepositoryVerdict {
  /** Present only when there are no errors: nothing is planned or applied from a repository with errors. */
  desired?: DesiredState;
  /** Where a key of organization.yaml or a manifest is, for plan problems to point at; with `desired`. */
  locate?: Locate;
  diagnostics: Diagnostic[];
  fileCount: number;
  /** Every manifest exception, expired or not: drift reports the expired and the expiring. */
  exceptions: DeclaredException[];
  /** The `ignore:` entries of baselines/organization.yaml, for vend drift. */
  driftIgnore: DriftIgnoreEntry[];
}

export function loadRepository(root: string, options: { now: Date }): RepositoryVerdict {
  const { repository, diagnostics } = readRepository(root);
  const quotas = effectiveQuotas(repository.organization?.value);
  for (const rule of CROSS_FILE_RULES) diagnostics.push(...rule({ repository, now: options.now, quotas }));
  diagnostics.sort(compareDiagnostics);
  const organization = repository.organization;
  const hasErrors = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const declarations = {
    diagnostics,
    fileCount: repository.filesRead.length,
    exceptions: declaredExceptions(repository),
    driftIgnore: driftIgnoreEntries(repository),
  };
  return hasErrors || !organization
    ? declarations
    : { desired: buildDesiredState({ ...repository, organization }), locate: locator(repository), ...declarations };
}

/**
 * The position (1-based line and column) of the key at `path` in a repository file read as YAML, or of the key of its
 * nearest ancestor the file spells (an SCP gone from the catalogue points at `scps:`, never at a sibling entry); the
 * file's start when not even the first key is there; undefined for a file that was not read.
 */
export type Locate = (file: string, path: YamlPath) => SourcePosition | undefined;

function locator(repository: LoadedRepository): Locate {
  const sources = new Map(
    [...(repository.organization ? [repository.organization] : []), ...repository.accounts].map(({ source }) => [
      source.file,
      source,
    ]),
  );
  return (file, path) => {
    const source = sources.get(file);
    if (!source) return undefined;
    for (let length = path.length; length > 0; length--)
      if (source.document.hasIn(path.slice(0, length))) return source.positionOf(path.slice(0, length), 'key');
    return { line: 1, column: 1 };
  };
}
