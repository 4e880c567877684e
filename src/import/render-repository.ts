import { Document, isScalar, isSeq, parseDocument, Scalar, visit } from 'yaml';
import type { AccountDocument, OrganizationDocument } from '../config/documents.js';
import { OWNER_UNASSIGNED } from '../config/desired-state.js';
import { jsonNumberLiterals } from '../config/json-numbers.js';
import { ACCOUNTS_DIR } from '../config/repository.js';
import type { ImportedRepository } from './imported-repository.js';

/** What an editor needs to validate each file as it is edited; the schemas sit beside a copy of vend. */
const ORGANIZATION_SCHEMA = '# yaml-language-server: $schema=../schemas/organization.schema.json';
const ACCOUNT_SCHEMA = '# yaml-language-server: $schema=../schemas/account.schema.json';

/**
 * The files of an imported repository, by repository-relative path, in the style of this repository's own: YAML
 * with short lists in flow style, every SCP pretty-printed, every template byte for byte as its StackSet holds it
 * (the plan compares templates as text). Pure.
 */
export function renderRepository(imported: ImportedRepository, organizationId: string): Map<string, string> {
  const files = new Map<string, string>();
  if (imported.organization)
    files.set('baselines/organization.yaml', renderOrganization(imported.organization, organizationId));
  for (const scp of imported.scps) files.set(scp.file, `${policyFileText(scp.content)}\n`);
  for (const template of imported.templates) files.set(template.file, template.body);
  for (const account of imported.accounts)
    files.set(account.file, renderAccountManifest(account.document, account.ownerTag, account.ownerRefused));
  // validate needs accounts/ even when no account has a manifest yet, and git keeps no empty directory.
  if (imported.organization && imported.accounts.length === 0) files.set(`${ACCOUNTS_DIR}/.gitkeep`, '');
  return files;
}

export function renderOrganization(organization: OrganizationDocument, organizationId: string): string {
  return [
    ORGANIZATION_SCHEMA,
    `# Written by vend import from organization ${organizationId}. Review it, then: vend validate, vend plan.`,
    yamlText(organization),
  ].join('\n');
}

/**
 * A manifest as YAML; an unassigned owner says why it is one: `ownerTag`, the account's Owner tag in AWS, is missing
 * or blank, or is the placeholder itself, or validate would refuse it as the owner (`ownerRefused`, by which rules).
 */
export function renderAccountManifest(account: AccountDocument, ownerTag?: string, ownerRefused?: string): string {
  return [
    ACCOUNT_SCHEMA,
    yamlText(account, (document) => {
      if (account.owner !== OWNER_UNASSIGNED) return;
      (document.get('owner', true) as Scalar).comment =
        ownerRefused !== undefined
          ? ` the Owner tag in AWS is one validate refuses as the owner (rule ${ownerRefused}): name the owning team`
          : ownerTag === OWNER_UNASSIGNED
            ? ` the Owner tag in AWS is this placeholder itself, which names no team: name the owning team`
            : ownerTag === undefined
              ? ' no Owner tag in AWS: name the owning team'
              : ` the Owner tag in AWS is ${ownerTag === '' ? 'empty' : 'only whitespace'}, which names no team: name the owning team`;
    }),
  ].join('\n');
}

function yamlText(value: object, annotate?: (document: Document) => void): string {
  const document = new Document(value);
  const ambiguous = new Map<string, boolean>();
  visit(document, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      if (!ambiguous.has(node.value)) ambiguous.set(node.value, readsAsOtherThanItself(node.value));
      if (ambiguous.get(node.value)) node.type = Scalar.QUOTE_SINGLE;
    },
  });
  annotate?.(document);
  return document.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: false });
}

/**
 * Whether `text`, written as a plain scalar, would read as something other than this text: a boolean, number,
 * date or null under YAML 1.1, or under YAML 1.2. vend reads 1.2, where `owner: yes` is the text "yes", but
 * CloudFormation reads YAML 1.1 ("the YAML Version 1.1 specification with a few exceptions", AWS CloudFormation
 * User Guide, "Template formats"), as do many other tools a repository meets, and there it is true; so are `1:2`
 * (62, base 60) and `2001-01-01` (a date). Quoted, each is the same text to both. A line break makes the
 * stringifier write a block scalar, which both read as text; `<<` is YAML 1.1's merge key and `=` its value key
 * (tag:yaml.org,2002:value, which PyYAML, say, refuses to construct).
 */
function readsAsOtherThanItself(text: string): boolean {
  if (text.includes('\n')) return false;
  if (text === '<<' || text === '=') return true;
  return (['1.1', '1.2'] as const).some((version) => {
    const parsed = parseDocument(text, { version });
    return parsed.errors.length > 0 || !isScalar(parsed.contents) || parsed.contents.value !== text;
  });
}

/**
 * An SCP's content pretty-printed, or as AWS holds it when parsing would write a number otherwise: `3600.0` would
 * come back as `3600` and `1E2` as `100`, and the adopted file would no longer say exactly what the SCP holds. (A
 * number whose value would change, such as 12345678901234567890, never gets here: import leaves that SCP out.)
 */
function policyFileText(content: string): string {
  const pretty = JSON.stringify(JSON.parse(content), null, 2);
  return jsonNumberLiterals(content).every((literal) => String(Number(literal)) === literal) ? pretty : content;
}
