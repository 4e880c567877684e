import { FULL_AWS_ACCESS_POLICY_NAME } from '../config/desired-state.js';
import { flattenOrganizationalUnits } from '../config/documents.js';
import type { OrganizationDocument } from '../config/documents.js';
import { compareText } from '../ordering.js';
import { listNames } from '../report/phrasing.js';
import type { ImportFinding } from './imported-repository.js';
import type { LiveOrganization } from './live-organization.js';
import { scpAttachments } from './service-control-policies.js';

/**
 * For an import into an organization.yaml already here (--accounts-only): the root and each declared OU on the path
 * of an account this import writes whose declared SCPs or fullAWSAccess differ from what AWS has attached there. The
 * first plan attaches or detaches them (vend detaches a catalogue SCP from a declared target that does not list it),
 * which is more than adopting the accounts: each is a `check`, so import does not promise an adoption-only plan.
 * `unitIds`: declared OU path → id in AWS; `paths`: the OU paths of the manifests written.
 */
export function declaredAttachmentDifferences(
  live: Pick<LiveOrganization, 'serviceControlPolicies' | 'root'>,
  organization: OrganizationDocument,
  unitIds: ReadonlyMap<string, string>,
  paths: readonly string[],
): ImportFinding[] {
  const attached = scpAttachments(live, new Set(Object.keys(organization.scps ?? {})));
  const onPaths = new Set(
    paths.flatMap((path) => path.split('/').map((_, depth, parts) => parts.slice(0, depth + 1).join('/'))),
  );
  const levels = [
    { subject: `the root (${live.root.id})`, id: live.root.id, declared: organization.root ?? {}, at: 'root' },
    ...flattenOrganizationalUnits(organization.organizationalUnits)
      .filter((unit) => onPaths.has(unit.path) && unitIds.has(unit.path))
      .map((unit) => ({
        subject: `OU ${unit.path} (${unitIds.get(unit.path)!})`,
        id: unitIds.get(unit.path)!,
        declared: unit.document,
        at: `organizationalUnits ${unit.path}`,
      })),
  ];
  const catalogue = new Set(Object.keys(organization.scps ?? {}));
  return levels.flatMap(({ subject, id, declared, at }) => [
    ...foreignScpNote(live, catalogue, subject, id),
    ...attachmentCheck(attached(id), subject, declared, at),
  ]);
}

/**
 * SCPs outside the catalogue attached there: the plan leaves them attached (another team's, as far as vend can
 * tell), and vend drift reports each as a foreign SCP on a declared target, high, from its first run.
 */
function foreignScpNote(
  live: Pick<LiveOrganization, 'serviceControlPolicies'>,
  catalogue: ReadonlySet<string>,
  subject: string,
  id: string,
): ImportFinding[] {
  const foreign = live.serviceControlPolicies
    .filter((policy) => !policy.awsManaged && !catalogue.has(policy.name) && policy.targetIds.includes(id))
    .map((policy) => `${policy.name} (${policy.id})`)
    .sort(compareText);
  if (foreign.length === 0) return [];
  const one = foreign.length === 1;
  return [
    {
      kind: 'note',
      subject,
      message: `${one ? 'SCP' : 'SCPs'} ${listNames(foreign, Infinity)}, which the catalogue in baselines/organization.yaml does not name, ${one ? 'is' : 'are'} attached there, above the accounts written beneath it. The plan leaves ${one ? 'it' : 'them'} attached; vend drift reports ${one ? 'it' : 'each'} as a foreign SCP (high) until the catalogue declares ${one ? 'it' : 'them'} (a full import into an empty --repo writes ${one ? 'its' : 'their'} entry) or ${one ? 'it is' : 'they are'} detached.`,
    },
  ];
}

function attachmentCheck(
  inAws: ReturnType<ReturnType<typeof scpAttachments>>,
  subject: string,
  declared: { scps?: string[]; fullAWSAccess?: boolean },
  at: string,
): ImportFinding[] {
  const declaredScps = [...new Set(declared.scps ?? [])].sort(compareText);
  const declaredFull = declared.fullAWSAccess ?? true;
  const attaches = [
    ...(declaredFull && !inAws.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []),
    ...declaredScps.filter((scp) => !inAws.scps.includes(scp)),
  ];
  const detaches = [
    ...(!declaredFull && inAws.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []),
    ...inAws.scps.filter((scp) => !declaredScps.includes(scp)),
  ];
  if (attaches.length + detaches.length === 0) return [];
  const acts = [
    ...(attaches.length > 0 ? [`attaches ${listNames(attaches, Infinity)}`] : []),
    ...(detaches.length > 0 ? [`detaches ${listNames(detaches, Infinity)} (destructive)`] : []),
  ].join(' and ');
  const says = `scps: [${inAws.scps.join(', ')}]${inAws.fullAWSAccess ? '' : ', fullAWSAccess: false'}`;
  return [
    {
      kind: 'check' as const,
      subject,
      message: `baselines/organization.yaml (${at}) declares other SCPs there than AWS has attached: the first plan ${acts}, more than adopting the accounts written beneath it, and it reaches every account there. To keep the first plan to adoption, make organization.yaml say what AWS has (${says}); or let the plan make the change, reviewed as such.`,
    },
  ];
}
