import { RULES } from '../diagnostics.js';
import { QUOTAS } from '../quotas.js';
import type { QuotaName } from '../quotas.js';
import type { Rule } from './rule-context.js';

/**
 * A `quotas:` override above today's AWS value, as a warning at its line: no request raises these limits (QUOTAS'
 * `fixedBy`), so the override is right only if AWS itself raised the limit since this vend was released. Otherwise
 * it switches off validate's check and moves AWS's refusal into apply, after accounts may exist. A warning rather
 * than an error, because that day comes (the SCP quotas rose on 2026-05-15), and a reviewer should see it.
 */
export const checkQuotaOverrides: Rule = ({ repository }) => {
  const organization = repository.organization;
  const overrides = organization?.value.quotas ?? {};
  if (!organization) return [];
  return (Object.entries(overrides) as [QuotaName, number][])
    .filter(([name, value]) => name in QUOTAS && value > QUOTAS[name].default)
    .map(([name, value]) => ({
      ...organization.source.diagnostic(
        RULES.quotaOverride,
        `quotas.${name} raises the ${QUOTAS[name].description} from AWS's ${QUOTAS[name].default.toLocaleString('en-US')} to ${value.toLocaleString('en-US')}. Only AWS changes this limit (${QUOTAS[name].fixedBy}): if it has not raised it, the check is off and AWS refuses in apply instead, after accounts may exist. Keep it only if ${QUOTAS[name].source} shows the new value.`,
        ['quotas', name],
      ),
      severity: 'warning' as const,
    }));
};
