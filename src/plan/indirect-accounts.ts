import { literalText } from '../config/rules/template-values.js';

/**
 * An account id standing on its own or as an ARN's account field (`arn:aws:logs:us-east-1:666666666666:…`), also
 * as a piece of an `Fn::Join`. A StackSet template is deployed into many accounts, so a literal account id names
 * one other than the stack's own, which `AWS::AccountId` would: an event bus, a log destination or a bucket policy
 * there receives the account's data or events.
 */
export const ACCOUNT_ID = /(^|:)\d{12}(:|$)/;

/**
 * An ARN or account property (a key ending in Arn, Arns, AccountId, AccountIds, Account, Accounts, Queue, Topic,
 * Function or Destination, in any case: an image distribution's TargetAccountIds too) whose value
 * the template does not
 * fix to the stack's own account: a parameter (`Ref`, or a variable of a `Sub`), a mapping, another stack's export, a
 * dynamic reference (`{{resolve:…}}`), or an `Fn::Join` or `Fn::Split` whose pieces spell an account id. A log destination or an event bus so named may be another account's, whoever sets
 * the parameter, so a baseline holding one is treated as holding access control.
 */
export function namesAccountIndirectly(
  value: unknown,
  parameters: ReadonlySet<string>,
  underAccountKey = false,
): boolean {
  // A dynamic reference takes its value at deploy time from Parameter Store or Secrets Manager, which anyone allowed
  // to write the parameter sets (CloudFormation User Guide, "Get values stored in other services using dynamic
  // references").
  if (typeof value === 'string') return underAccountKey && value.includes('{{resolve:');
  if (Array.isArray(value)) return value.some((item) => namesAccountIndirectly(item, parameters, underAccountKey));
  if (typeof value !== 'object' || value === null) return false;
  const entries = Object.entries(value);
  if (entries.length === 1) {
    const [[name, argument]] = entries as [[string, unknown]];
    if (name === 'Fn::Join' && Array.isArray(argument) && Array.isArray(argument[1])) {
      // A piece that is not a literal ends the digits around it, as any resolved value but digits would.
      const delimiter = typeof argument[0] === 'string' ? argument[0] : '';
      const joined = argument[1].map((piece) => literalText(piece, ':')).join(delimiter);
      if (ACCOUNT_ID.test(joined)) return true;
    }
    // `!Select [0, !Split [',', '666666666666,…']]` picks an account id from a literal list.
    if (name === 'Fn::Split' && Array.isArray(argument) && typeof argument[1] === 'string') {
      const delimiter = typeof argument[0] === 'string' && argument[0] !== '' ? argument[0] : ',';
      if (argument[1].split(delimiter).some((piece) => ACCOUNT_ID.test(piece))) return true;
    }
    // The same for a Sub's text with its map variables' literal values put in: `${A}${B}` may spell an account id.
    if (name === 'Fn::Sub' && ACCOUNT_ID.test(literalText({ [name]: argument }, ':') ?? '')) return true;
    if (underAccountKey) {
      if (name === 'Ref' && typeof argument === 'string' && parameters.has(argument)) return true;
      // A mapping's value or another stack's export may be any account's.
      if (name === 'Fn::FindInMap' || name === 'Fn::ImportValue') return true;
      // A map variable's value is walked below, as any other value under the key.
      if (name === 'Fn::Sub') {
        const text = Array.isArray(argument) ? argument[0] : argument;
        const variables =
          typeof text === 'string' ? [...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map((match) => match[1]!.trim()) : [];
        if (variables.some((variable) => parameters.has(variable) || readsValueAttribute(variable))) return true;
      }
      // Another resource's attribute: its ARN is of the stack's own account, but a value it holds (an SSM
      // parameter's Value, a custom resource's output) may name any account.
      if (name === 'Fn::GetAtt') {
        const attribute = Array.isArray(argument) ? `${String(argument[0])}.${String(argument[1])}` : String(argument);
        if (readsValueAttribute(attribute)) return true;
      }
    }
  }
  return entries.some(([key, child]) =>
    namesAccountIndirectly(
      child,
      parameters,
      // A bucket notification's Queue, Topic or Function, and a Destination, are ARNs as well.
      underAccountKey ||
        /(Arn|Arns|AccountId|AccountIds|Account|Accounts|Queue|Topic|Function|Destination)$/i.test(key),
    ),
  );
}

/** `Resource.Attribute` (a GetAtt, or a Sub variable), for an attribute other than the resource's own ARN. */
function readsValueAttribute(reference: string): boolean {
  const dot = reference.indexOf('.');
  return dot > 0 && !reference.startsWith('AWS::') && !/Arn$/i.test(reference.slice(dot + 1));
}
