import { RULES } from '../diagnostics.js';
import { effectiveQuotas, QUOTAS } from '../quotas.js';
import type { QuotaName } from '../quotas.js';
import type { Rule } from './rule-context.js';

/**
 * A `quotas:` override that differs from today's AWS value, as a warning at its line. Above it: no request raises
 * these limits (QUOTAS' `fixedBy`), so the override is right only if AWS itself raised the limit since this vend
 * was released; otherwise it switches off validate's check and moves AWS's refusal into apply, after accounts may
 * exist. A warning rather than an error, because that day comes (the SCP quotas rose on 2026-05-15). Below it:
 * validate then refuses what AWS accepts, and its messages cite the override rather than AWS (limitPhrase), which
 * a team may want as a house rule but should see stated.
 */
export const checkQuotaOverrides: Rule = ({ repository }) => {
  const organization = repository.organization;
  const overrides = organization?.value.quotas ?? {};
  if (!organization) return [];
  const quotas = effectiveQuotas(organization.value);
  // A floor above the ceiling says two things at once; which one AWS means, only its page can tell.
  const contradiction =
    quotas.accountClosureMinimum > quotas.accountClosureMaximum
      ? [
          organization.source.diagnostic(
            RULES.quotaOverride,
            `quotas.accountClosureMinimum (${quotas.accountClosureMinimum.toLocaleString('en-US')}) is above quotas.accountClosureMaximum (${quotas.accountClosureMaximum.toLocaleString('en-US')}); CloseAccount's limit lies between the two, so set them as ${QUOTAS.accountClosureMinimum.source} gives them.`,
            ['quotas', 'accountClosureMinimum' in overrides ? 'accountClosureMinimum' : 'accountClosureMaximum'],
          ),
        ]
      : [];
  return [
    ...contradiction,
    ...(Object.entries(overrides) as [QuotaName, number][])
      .filter(([name, value]) => Object.hasOwn(QUOTAS, name) && value !== QUOTAS[name].default)
      .map(([name, value]) => {
        const quota = QUOTAS[name];
        const from = `the ${quota.description}, from AWS's ${quota.default.toLocaleString('en-US')} to ${value.toLocaleString('en-US')}`;
        return {
          ...organization.source.diagnostic(
            RULES.quotaOverride,
            value > quota.default
              ? `quotas.${name} raises ${from}. Only AWS changes this limit (${quota.fixedBy}): if it has not raised it, the check is off and AWS refuses in apply instead, after accounts may exist. Keep it only if ${quota.source} shows the new value, or the organization already holds that much (vend import sets it so).`
              : `quotas.${name} lowers ${from}: ${PLAN_ONLY.has(name) ? 'plan' : 'validate'} now refuses what AWS accepts. Keep it only as a deliberate house limit; to follow AWS, remove it.`,
            ['quotas', name],
          ),
          severity: 'warning' as const,
        };
      }),
  ];
};

/** Quotas only plan applies (to what it would close), never validate. */
const PLAN_ONLY = new Set<QuotaName>(['accountClosurePercent', 'accountClosureMinimum', 'accountClosureMaximum']);
