import { limitPhrase } from '../quotas.js';
import {
  describeCharacter,
  lengthIn,
  lengthProblem,
  ORGANIZATIONS_TAG_KEY,
  ORGANIZATIONS_TAG_VALUE,
  refusedCharacters,
} from '../aws-constraints.js';
import type { TextConstraint } from '../aws-constraints.js';
import { MANAGED_BY_TAG, OWNER_UNASSIGNED, PARAMETER_OVERRIDES_TAG, VEND_TAG_PREFIX } from '../desired-state.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SourceFile, YamlPath } from '../safe-yaml.js';
import type { AccountDocument, Parsed } from '../documents.js';
import type { LoadedRepository } from '../repository.js';
import { isMapping } from './rule-context.js';
import type { Rule } from './rule-context.js';

/*
 * An account's tags are its manifest's `tags`, `owner` as the tag Owner, and ManagedBy, all sent in CreateAccount
 * (and TagResource for an existing account). One tag AWS refuses fails the whole call without naming the tag,
 * after apply has already created OUs and SCPs, so every tag is checked here against the Organizations TagKey and
 * TagValue shapes.
 */

/**
 * The manifests whose tags these rules check: the valid ones, and those failing their schema elsewhere whose tag
 * fields are well-formed (`tags` strings by key, `owner` a string, `parameters` a mapping), so a schema error in
 * `accountName` does not hide a tag AWS would refuse until the next round.
 */
function taggedManifests(repository: LoadedRepository): Parsed<AccountDocument>[] {
  const wellFormed = ({ value }: Parsed<AccountDocument>) => {
    const { tags, owner, parameters } = (value ?? {}) as unknown as Partial<Record<string, unknown>>;
    return (
      (tags === undefined || (isMapping(tags) && Object.values(tags).every((tag) => typeof tag === 'string'))) &&
      typeof owner === 'string' &&
      (parameters === undefined || isMapping(parameters))
    );
  };
  return [...repository.accounts, ...(repository.accountsFailingSchema ?? []).filter(wellFormed)];
}

export const checkTagLimits: Rule = ({ repository, quotas }) => {
  const diagnostics: Diagnostic[] = [];
  for (const { source, value } of taggedManifests(repository)) {
    const tags = Object.entries(value.tags ?? {});
    // The baselines whose parameters the manifest overrides, as the record names them: an empty block overrides
    // nothing and is not recorded (declaredParameterOverrides).
    const record = Object.entries(value.parameters ?? {})
      .filter(([, overrides]) => Object.keys(overrides ?? {}).length > 0)
      .map(([baseline]) => baseline)
      .sort()
      .join(' ');
    // Owner and ManagedBy are added by vend, and so is the parameter-overrides record when the manifest overrides
    // parameters: they count towards the AWS limit too. With the placeholder owner vend sets no Owner tag (and leaves
    // one the account has alone: import writes an Owner tag it finds as the owner).
    const vendTags = [
      ...(value.owner === OWNER_UNASSIGNED ? [] : ['Owner']),
      MANAGED_BY_TAG.key,
      ...(record ? [PARAMETER_OVERRIDES_TAG] : []),
    ];
    const total = new Set([...tags.map(([key]) => key), ...vendTags]).size;
    if (total > quotas.tagsPerAccount) {
      diagnostics.push(
        source.diagnostic(
          RULES.tagLimits,
          `${total} tags including the ones vend sets (${vendTags.join(', ')}); ${limitPhrase('AWS', 'tagsPerAccount', quotas.tagsPerAccount, ' per account')}. Remove ${total - quotas.tagsPerAccount}.`,
          ['tags'],
          'key',
        ),
      );
    }
    // The record is the names of the overridden baselines, space-separated, in one tag value (see
    // plan-parameter-overrides.ts): too many or too long names would stop the plan, so they stop validate.
    const recordProblem = lengthProblem(ORGANIZATIONS_TAG_VALUE, record);
    if (recordProblem)
      diagnostics.push(
        source.diagnostic(
          RULES.tagLimits,
          `the baselines these parameters override are recorded in the tag ${PARAMETER_OVERRIDES_TAG} as '${record.slice(0, 40)}…', which ${recordProblem} (${ORGANIZATIONS_TAG_VALUE.member}); override fewer baselines, or shorten their names.`,
          ['parameters'],
          'key',
        ),
      );
    for (const [key, tagValue] of tags) {
      const at = ['tags', key];
      if (key.toLowerCase().startsWith('aws:'))
        diagnostics.push(
          source.diagnostic(RULES.tagLimits, `tag key '${key}' uses the reserved 'aws:' prefix; rename it.`, at, 'key'),
        );
      else if (key.toLowerCase().startsWith(VEND_TAG_PREFIX))
        diagnostics.push(
          source.diagnostic(
            RULES.tagLimits,
            `tag key '${key}' uses the '${VEND_TAG_PREFIX}' prefix, which vend keeps for its own records; rename it.`,
            at,
            'key',
          ),
        );
      else if (key === 'Owner' || key === MANAGED_BY_TAG.key)
        diagnostics.push(
          source.diagnostic(
            RULES.tagLimits,
            key === 'Owner'
              ? `tag 'Owner' is set by vend from the manifest's 'owner'; remove it from tags, and set owner instead.`
              : `tag '${key}' is vend's ownership record (${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}), which vend sets on every account it manages; remove it from tags.`,
            at,
            'key',
          ),
        );
      const parts = [
        [ORGANIZATIONS_TAG_KEY, key, `tag key '${key}'`, 'key'],
        [ORGANIZATIONS_TAG_VALUE, tagValue, `the value of tag '${key}'`, 'value'],
      ] as const;
      for (const [constraint, text, what, part] of parts) {
        const problem = lengthProblem(constraint, text);
        if (problem)
          diagnostics.push(
            source.diagnostic(
              RULES.tagLimits,
              `${what} ${problem} (${constraint.member}); ${lengthIn(constraint.unit, text) > constraint.maxLength ? 'shorten it' : 'give it a name'}.`,
              at,
              part,
            ),
          );
      }
    }
  }
  return diagnostics;
};

export const checkTagCharacters: Rule = ({ repository }) => {
  const diagnostics: Diagnostic[] = [];
  const check = (
    source: SourceFile,
    constraint: TextConstraint,
    text: string,
    what: string,
    path: YamlPath,
    part: 'key' | 'value' = 'value',
  ) => {
    const refused = refusedCharacters(constraint, text);
    if (refused.length === 0) return;
    diagnostics.push(
      source.diagnostic(
        RULES.tagCharacters,
        `${what} has ${refused.map(describeCharacter).join(', ')}, which AWS Organizations refuses in tags: keys and values may contain only ${constraint.allowedCharacters} (${constraint.member}). CreateAccount refuses a new account with it, and TagResource an existing account's tags; remove or replace ${refused.length === 1 ? 'it' : 'them'}.`,
        path,
        part,
      ),
    );
  };
  for (const { source, value } of taggedManifests(repository)) {
    check(source, ORGANIZATIONS_TAG_VALUE, value.owner, `owner '${value.owner}', which becomes the tag Owner,`, [
      'owner',
    ]);
    for (const [key, tagValue] of Object.entries(value.tags ?? {})) {
      check(source, ORGANIZATIONS_TAG_KEY, key, `tag key '${key}'`, ['tags', key], 'key');
      check(source, ORGANIZATIONS_TAG_VALUE, tagValue, `the value of tag '${key}'`, ['tags', key]);
    }
  }
  const organization = repository.organization;
  // A required key AWS refuses could never be set, so every account would fail required-tags or CreateAccount.
  (organization?.value.requiredTags ?? []).forEach((key, index) => {
    check(organization!.source, ORGANIZATIONS_TAG_KEY, key, `required tag key '${key}'`, ['requiredTags', index]);
    const tooLong = lengthProblem(ORGANIZATIONS_TAG_KEY, key);
    if (tooLong)
      diagnostics.push(
        organization!.source.diagnostic(
          RULES.tagLimits,
          `required tag key '${key}' ${tooLong} (${ORGANIZATIONS_TAG_KEY.member}), so no manifest could set it and every account would miss it; shorten it.`,
          ['requiredTags', index],
        ),
      );
    // tag-limits refuses these keys in every manifest, so requiring one would fail every account with no way out.
    const reserved = reservedTagKey(key);
    if (reserved)
      diagnostics.push(
        organization!.source.diagnostic(
          RULES.tagLimits,
          `required tag key '${key}' ${reserved}, so no manifest may set it and every account would miss it; remove it from requiredTags.`,
          ['requiredTags', index],
        ),
      );
  });
  return diagnostics;
};

/**
 * Why no manifest may set this tag key, or undefined: AWS reserves the `aws:` prefix, vend its own prefix and the
 * ownership record. tag-limits refuses such a key in a manifest, and in requiredTags.
 */
export function reservedTagKey(key: string): string | undefined {
  if (key.toLowerCase().startsWith('aws:')) return "uses the 'aws:' prefix, which AWS reserves";
  if (key.toLowerCase().startsWith(VEND_TAG_PREFIX))
    return `uses the '${VEND_TAG_PREFIX}' prefix, which vend keeps for its own records`;
  if (key === MANAGED_BY_TAG.key) return 'is the ownership record vend sets on every account';
  return undefined;
}

/**
 * Whether a manifest could set `key` at all: not reserved (reservedTagKey), and within what AWS Organizations takes
 * for a tag key (ORGANIZATIONS_TAG_KEY: characters and length). A required key that fails is refused once, at
 * requiredTags, rather than as missing in every manifest, where adding it would only be refused again.
 */
export function isSettableTagKey(key: string): boolean {
  return (
    reservedTagKey(key) === undefined &&
    refusedCharacters(ORGANIZATIONS_TAG_KEY, key).length === 0 &&
    lengthProblem(ORGANIZATIONS_TAG_KEY, key) === undefined
  );
}
