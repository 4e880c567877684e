import { isIP } from 'node:net';

/*
 * What each condition operator compares, so a value it can never match is seen before the SCP is live: a Deny
 * whose condition can never hold denies nothing. Source: IAM User Guide, "IAM JSON policy elements: Condition
 * operators" (Boolean: true or false; Numeric; Date: ISO 8601 date and time, or epoch seconds; IpAddress: an IPv4
 * or IPv6 address or CIDR range; Binary: base-64; Null: true or false), and IAM Access Analyzer's policy checks
 * ("Type mismatch" findings), which report the same. A value holding a policy variable (${aws:username}) is
 * resolved at evaluation and not checked.
 */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Why `value` can never match under `operator` (with any IfExists or ForAllValues:/ForAnyValue: stripped), or undefined. */
export function conditionValueProblem(operator: string, value: string | number | boolean): string | undefined {
  const text = String(value);
  if (text.includes('${')) return undefined;
  const base = operator.replace(/^(?:ForAllValues|ForAnyValue):/, '').replace(/IfExists$/, '');
  if (base === 'Bool' || base === 'Null')
    return /^(?:true|false)$/i.test(text)
      ? undefined
      : `${operator} compares with true or false, not ${JSON.stringify(value)}`;
  if (base.startsWith('Numeric'))
    return NUMBER.test(text) ? undefined : `${operator} compares numbers, and ${JSON.stringify(value)} is none`;
  if (base.startsWith('Date'))
    return ISO_8601.test(text) && !Number.isNaN(Date.parse(text))
      ? undefined
      : /^\d+$/.test(text)
        ? undefined
        : `${operator} compares dates (ISO 8601, such as 2026-12-31T23:59:59Z, or epoch seconds), and ${JSON.stringify(value)} is none`;
  if (base === 'IpAddress' || base === 'NotIpAddress') return ipRangeProblem(operator, text);
  if (base === 'BinaryEquals')
    return text.length > 0 && BASE64.test(text)
      ? undefined
      : `BinaryEquals compares base-64 values, and ${JSON.stringify(value)} is none`;
  if (base.startsWith('Arn'))
    return text === '*' || text.startsWith('arn:')
      ? undefined
      : `${operator} compares ARNs (arn:partition:service:…), and ${JSON.stringify(value)} is none; use a String operator for other values`;
  return undefined;
}

function ipRangeProblem(operator: string, text: string): string | undefined {
  const [address = '', prefix, ...rest] = text.split('/');
  const version = isIP(address);
  const bits = version === 4 ? 32 : 128;
  const prefixOk = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= bits);
  return version !== 0 && prefixOk && rest.length === 0
    ? undefined
    : `${operator} compares IP addresses or CIDR ranges (such as 203.0.113.0/24), and ${JSON.stringify(text)} is none`;
}
