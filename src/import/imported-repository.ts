import type { AccountDocument, OrganizationDocument } from '../config/documents.js';

/**
 * What `vend import` writes, before it is rendered to files: documents in the shapes the loader reads back, with
 * repository-relative paths, and what it found it could not express.
 */
export interface ImportedRepository {
  /** baselines/organization.yaml; absent with --accounts-only, which keeps the repository's own. */
  organization?: OrganizationDocument;
  /**
   * Customer-managed SCPs of the catalogue: `file` is `baselines/scps/<name>.json` (`<name>-<policy id>.json` for a
   * name that differs from an earlier one only in case); `content` is minified JSON.
   */
  scps: { name: string; file: string; content: string }[];
  /** Baseline templates exactly as the StackSets hold them: `file` is `baselines/stacksets/<name>.yaml` or `.json`. */
  templates: { baseline: string; file: string; body: string }[];
  /**
   * One manifest per member account written, `file` being `accounts/<name>.yaml`; sorted by file. `ownerTag` is the
   * account's Owner tag in AWS, when it has one: the manifest's comment on an unassigned owner says which it lacks.
   * `ownerRefused` names the rules by which validate would refuse that tag as the owner, when the placeholder stands
   * in for it.
   */
  accounts: {
    file: string;
    accountId: string;
    document: AccountDocument;
    ownerTag?: string;
    ownerRefused?: string;
  }[];
  findings: ImportFinding[];
}

/**
 * Something import could not express as it is in AWS, or expressed differently. Each says what and why, and what
 * the person can do about it.
 */
export interface ImportFinding {
  /**
   * - `left-out`: not written. vend leaves it as it is: an account without a manifest is unmanaged, an OU the
   *   repository does not declare and an SCP outside the catalogue are never changed.
   * - `inactive`: a suspended or closing account: listed, not written.
   * - `renamed`: written with a manifest name other than its AWS name, which `accountName` keeps.
   * - `check`: written, but the first plan will do more than adopt, or validate will object: look at it before
   *   merging.
   * - `inferred`: written as a rule for accounts declared later (an OU's baselines, defaultRegions), from what the
   *   accounts there have now: the first plan only adopts, but the next new account gets it. Look at it before
   *   merging.
   * - `replaced`: a file --force replaced, which held settings AWS does not (emailDomains, ignore: entries,
   *   exceptions): the plan only adopts, but they are gone unless put back. Look at it before merging.
   * - `note`: written as AWS has it, in a form worth knowing about.
   */
  kind: 'left-out' | 'inactive' | 'renamed' | 'check' | 'inferred' | 'replaced' | 'note';
  /** What it is about, as a person finds it in AWS: `account 123456789012 (Payments Prod)`, `SCP DenyAll (p-…)`. */
  subject: string;
  message: string;
  /**
   * The active member accounts this finding leaves without a manifest, by id: the account of a `left-out` account,
   * those beneath a `left-out` OU. They stay unmanaged until a person acts, so import exits 1.
   */
  leftOutAccountIds?: string[];
}
