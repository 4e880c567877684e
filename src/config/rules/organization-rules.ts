import { formatCount, limitPhrase } from '../quotas.js';
import { FULL_AWS_ACCESS_POLICY_NAME } from '../desired-state.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import { effectiveBaselineNames } from '../inheritance.js';
import { isAwsRegion } from './region-rules.js';
import type { Rule } from './rule-context.js';
import { unknownName } from './account-rules.js';

export const checkOrganizationalUnitDepth: Rule = ({ repository, quotas }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const maximum = quotas.organizationalUnitDepth;
  // Only the first level too deep is reported: its children are too deep for the same reason.
  return repository.organizationalUnits
    .filter((unit) => unit.depth === maximum + 1)
    .map((unit) =>
      organization.source.diagnostic(
        RULES.ouDepth,
        `OU '${unit.path}' is ${unit.depth} levels deep; ${limitPhrase('AWS Organizations', 'organizationalUnitDepth', maximum)}. Flatten the tree.`,
        unit.yamlPath,
        'key',
      ),
    );
};

/**
 * No more OUs than an organization holds (quota organizationalUnits): the declared ones alone, as validate reads
 * them; OUs the repository does not declare count in AWS too, which only the plan sees. One error, at the first OU
 * past the limit.
 */
export const checkOrganizationalUnitCount: Rule = ({ repository, quotas }) => {
  const organization = repository.organization;
  const maximum = quotas.organizationalUnits;
  const past = repository.organizationalUnits[maximum];
  if (!organization || !past) return [];
  return [
    organization.source.diagnostic(
      RULES.ouCount,
      `baselines/organization.yaml declares ${formatCount(repository.organizationalUnits.length)} OUs; ${limitPhrase('AWS Organizations', 'organizationalUnits', maximum, ' per organization')}, and CreateOrganizationalUnit fails past it. Merge OUs, or keep accounts apart by tags or SCPs on accounts.`,
      past.yamlPath,
      'key',
    ),
  ];
};

/**
 * Sibling OU names that differ only in case (Prod and prod) read as one name: a move from one to the other reads
 * in the plan as none (and whether CreateOrganizationalUnit's DuplicateOrganizationalUnitException compares names
 * with case is not documented). Each later sibling is reported at its key.
 */
export const checkOrganizationalUnitNameCase: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const first = new Map<string, string>();
  return repository.organizationalUnits.flatMap((unit) => {
    const key = `${unit.parentPath ?? ''}/${unit.name.toLowerCase()}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, unit.name);
      return [];
    }
    return [
      organization.source.diagnostic(
        RULES.ouNameCase,
        `OU name '${unit.name}' differs from its sibling '${earlier}' only in case: in a plan the two read as one OU. Merge them, or give one another name.`,
        unit.yamlPath,
        'key',
      ),
    ];
  });
};

// The id patterns of the AWS Organizations API Reference (OrganizationalUnitId, RootId, PolicyId).
const ORGANIZATIONAL_UNIT_ID = /^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$/;
const ROOT_ID = /^r-[0-9a-z]{4,32}$/;
const POLICY_ID = /^p-[0-9a-zA-Z_]{8,128}$/;

/**
 * OU and SCP names shaped like an AWS id, or an SCP named AWS's FullAWSAccess in another case: AWS takes them, but a
 * plan line such as "Attach SCP x to OU ou-ab12-cd34ef56" then reads as another resource, the one with that id or
 * AWS's own policy, which vend never means (it names OUs by path and SCPs by catalogue name). A warning at the key.
 */
export const checkNamesLikeIds: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const warn = (message: string, yamlPath: (string | number)[]): Diagnostic => ({
    ...organization.source.diagnostic(RULES.nameLikeId, message, yamlPath, 'key'),
    severity: 'warning',
  });
  const units = repository.organizationalUnits.flatMap((unit) => {
    const shape = ORGANIZATIONAL_UNIT_ID.test(unit.name) ? 'an OU id' : ROOT_ID.test(unit.name) ? 'a root id' : '';
    return shape
      ? [
          warn(
            `OU name '${unit.name}' has the shape of ${shape}: a plan line naming OU ${unit.path} reads as the OU or root with that id, which vend never means (it finds OUs by path). Give the OU another name.`,
            unit.yamlPath,
          ),
        ]
      : [];
  });
  const scps = Object.keys(organization.value.scps ?? {}).flatMap((name) => {
    const shape = POLICY_ID.test(name)
      ? 'has the shape of a policy id'
      : name.toLowerCase() === FULL_AWS_ACCESS_POLICY_NAME.toLowerCase()
        ? `is AWS's ${FULL_AWS_ACCESS_POLICY_NAME} in another case`
        : '';
    return shape
      ? [
          warn(
            `SCP name '${name}' ${shape}: a plan line attaching or changing it reads as that policy, which vend never means (it finds its SCPs by name and ManagedBy tag). Give the SCP another name.`,
            ['scps', name],
          ),
        ]
      : [];
  });
  return [...units, ...scps];
};

export const checkOrganizationReferences: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const scps = new Set(Object.keys(organization.value.scps ?? {}));
  const baselines = new Set(Object.keys(organization.value.baselines ?? {}));
  const diagnostics: Diagnostic[] = [];
  const checkList = (names: string[] | undefined, kind: 'SCP' | 'baseline', yamlPath: (string | number)[]) =>
    (names ?? []).forEach((name, index) => {
      const known = kind === 'SCP' ? scps : baselines;
      if (!known.has(name)) {
        diagnostics.push(
          organization.source.diagnostic(
            kind === 'SCP' ? RULES.scpReference : RULES.baselineReference,
            unknownName(kind, name, known),
            [...yamlPath, index],
          ),
        );
      }
    });
  checkList(organization.value.root?.scps, 'SCP', ['root', 'scps']);
  for (const unit of repository.organizationalUnits) {
    checkList(unit.document.scps, 'SCP', [...unit.yamlPath, 'scps']);
    checkList(unit.document.baselines, 'baseline', [...unit.yamlPath, 'baselines']);
  }
  for (const [name, baseline] of Object.entries(organization.value.baselines ?? {})) {
    checkList(baseline.dependsOn, 'baseline', ['baselines', name, 'dependsOn']);
  }
  return diagnostics;
};

export const checkBaselineDependencyCycles: Rule = ({ repository }) => {
  const organization = repository.organization;
  const baselines = organization?.value.baselines ?? {};
  if (!organization) return [];
  const diagnostics: Diagnostic[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (name: string, trail: string[]) => {
    if (state.get(name) === 'done' || !baselines[name]) return;
    if (state.get(name) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      const key = [...cycle].slice(0, -1).sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        diagnostics.push(
          organization.source.diagnostic(
            RULES.baselineDependencyCycle,
            `baselines depend on each other in a cycle (${cycle.join(' → ')}); remove one dependsOn entry.`,
            ['baselines', name, 'dependsOn'],
          ),
        );
      }
      return;
    }
    state.set(name, 'visiting');
    for (const dependency of baselines[name].dependsOn ?? []) visit(dependency, [...trail, name]);
    state.set(name, 'done');
  };
  for (const name of Object.keys(baselines).sort()) visit(name, []);
  return diagnostics;
};

export const checkScpAttachmentLimits: Rule = ({ repository, quotas }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics: Diagnostic[] = [];
  const maximum = quotas.scpsPerTarget;
  // The root has no parent to take SCPs over: only merging helps there.
  const limitMessage = (target: string, count: number, fullAWSAccess: boolean | undefined) =>
    `${target} would have ${count} SCPs attached${fullAWSAccess === false ? '' : ` counting ${FULL_AWS_ACCESS_POLICY_NAME}`}; ${limitPhrase('AWS', 'scpsPerTarget', maximum)}. ${target === 'the root' ? 'Merge policies into fewer SCPs.' : 'Merge policies or move some to a parent OU.'}`;
  const count = (scps: string[] | undefined, fullAWSAccess: boolean | undefined) =>
    (scps?.length ?? 0) + (fullAWSAccess === false ? 0 : 1);
  // AWS keeps at least one SCP on every target (DetachPolicy: ConstraintViolationException,
  // MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED). Another team's SCP may stay attached there, which only the plan can
  // see (scp-target-left-empty), so offline this warns.
  const empty = (target: string, source: SourceFile, path: YamlPath): Diagnostic => ({
    ...source.diagnostic(
      RULES.scpAttachmentLimit,
      `${target} declares no SCP and fullAWSAccess: false, but AWS keeps at least one SCP attached to every target, so unless another team's SCP stays attached there the plan refuses it (scp-target-left-empty). Declare an SCP there, or keep FullAWSAccess.`,
      [...path, 'fullAWSAccess'],
      'key',
    ),
    severity: 'warning',
  });
  if (count(organization.value.root?.scps, organization.value.root?.fullAWSAccess) === 0)
    diagnostics.push(empty('the root', organization.source, ['root']));
  for (const unit of repository.organizationalUnits)
    if (count(unit.document.scps, unit.document.fullAWSAccess) === 0)
      diagnostics.push(empty(`OU '${unit.path}'`, organization.source, unit.yamlPath));
  for (const { source, value } of repository.accounts)
    if (count(value.scps, value.fullAWSAccess) === 0 && value.closed !== true)
      diagnostics.push(empty(`account '${value.name}'`, source, []));

  const rootCount = count(organization.value.root?.scps, organization.value.root?.fullAWSAccess);
  if (rootCount > maximum)
    diagnostics.push(
      organization.source.diagnostic(
        RULES.scpAttachmentLimit,
        limitMessage('the root', rootCount, organization.value.root?.fullAWSAccess),
        ['root', 'scps'],
        'key',
      ),
    );
  for (const unit of repository.organizationalUnits) {
    const unitCount = count(unit.document.scps, unit.document.fullAWSAccess);
    if (unitCount > maximum) {
      diagnostics.push(
        organization.source.diagnostic(
          RULES.scpAttachmentLimit,
          limitMessage(`OU '${unit.path}'`, unitCount, unit.document.fullAWSAccess),
          [...unit.yamlPath, 'scps'],
          'key',
        ),
      );
    }
  }
  for (const { source, value } of repository.accounts) {
    const accountCount = count(value.scps, value.fullAWSAccess);
    if (accountCount > maximum)
      diagnostics.push(
        source.diagnostic(
          RULES.scpAttachmentLimit,
          limitMessage(`account '${value.name}'`, accountCount, value.fullAWSAccess),
          ['scps'],
          'key',
        ),
      );
  }
  return diagnostics;
};

export const checkOrganizationRegions: Rule = ({ repository }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const allowed = new Set(organization.value.allowedRegions);
  const diagnostics: Diagnostic[] = [];
  const check = (regions: string[] | undefined, yamlPath: (string | number)[]) =>
    (regions ?? []).forEach((region, index) => {
      // A code that is no Region at all is reported by aws-region, which says what is wrong with it.
      if (!allowed.has(region) && isAwsRegion(region)) {
        diagnostics.push(
          organization.source.diagnostic(
            RULES.allowedRegions,
            `region '${region}' is not in allowedRegions (${[...allowed].join(', ')}); add it there or remove it here.`,
            [...yamlPath, index],
          ),
        );
      }
    });
  if (!allowed.has(organization.value.homeRegion) && isAwsRegion(organization.value.homeRegion)) {
    diagnostics.push(
      organization.source.diagnostic(
        RULES.allowedRegions,
        `homeRegion '${organization.value.homeRegion}' must be one of allowedRegions.`,
        ['homeRegion'],
      ),
    );
  }
  check(organization.value.defaultRegions, ['defaultRegions']);
  for (const [name, baseline] of Object.entries(organization.value.baselines ?? {}))
    check(baseline.regions, ['baselines', name, 'regions']);
  return diagnostics;
};

/** A baseline deployed without the baseline it depends on would fail in CloudFormation, or run without its boundary. */
export const checkAccountBaselineDependencies: Rule = ({ repository }) => {
  const baselines = repository.organization?.value.baselines ?? {};
  const diagnostics: Diagnostic[] = [];
  for (const { source, value } of repository.accounts) {
    const effective = new Set(effectiveBaselineNames(repository.organizationalUnits, value));
    for (const name of [...effective].sort()) {
      for (const dependency of baselines[name]?.dependsOn ?? []) {
        if (!effective.has(dependency) && baselines[dependency]) {
          const path = value.excludeBaselines?.includes(dependency)
            ? ['excludeBaselines', value.excludeBaselines.indexOf(dependency)]
            : ['ou'];
          diagnostics.push(
            source.diagnostic(
              RULES.baselineReference,
              `baseline '${name}' depends on '${dependency}', which this account would not get; keep '${dependency}' or drop '${name}' too.`,
              path,
            ),
          );
        }
      }
    }
  }
  return diagnostics;
};
