import type { DesiredState } from '../../src/config/desired-state.js';
import { droppedOrganizationalUnits } from '../../src/plan/dropped-organizational-units.js';
import { droppedOrganizationalUnitsNotice } from '../../src/report/plan-text.js';
import { convergedObservation, organizationalUnitIdOf, referenceDesiredState } from '../support/plan-fixtures.js';

// Vend never deletes an OU and detaches nothing from a target the repository does not declare: a pull request that
// drops an OU from organization.yaml leaves it in AWS with its SCPs, and no plan change says so. The reviewer learns
// it from the plan's notices instead.

/** main with the OUs at `paths` gone and every account in them moved to Security, as a pull request would. */
function dropping(main: DesiredState, paths: readonly string[]): DesiredState {
  return {
    ...main,
    organizationalUnits: main.organizationalUnits.filter((unit) => !paths.includes(unit.path)),
    accounts: main.accounts.map((account) => (paths.includes(account.ou) ? { ...account, ou: 'Security' } : account)),
  };
}

describe('a pull request that stops declaring an OU AWS has', () => {
  test('names the OU by id, the SCPs attached there and the accounts no manifest declares, which stay', () => {
    const main = referenceDesiredState();
    const observed = convergedObservation(main);
    const prod = organizationalUnitIdOf('Workloads/Prod');
    observed.accounts.push({
      id: '999999999999',
      name: 'someone-else',
      email: 'someone-else@example.com',
      status: 'ACTIVE',
      parentId: prod,
      parentPath: 'Workloads/Prod',
    });
    const dropped = droppedOrganizationalUnits(dropping(main, ['Workloads/Prod']), main, observed);
    // payments-prod is declared, so the plan moves it out; someone-else is not, so it stays.
    expect(dropped).toEqual([
      {
        path: 'Workloads/Prod',
        id: prod,
        scps: expect.arrayContaining(['deny-unapproved-regions']),
        childUnits: 0,
        accounts: 1,
      },
    ]);
    const notice = droppedOrganizationalUnitsNotice(dropped);
    expect(notice).toContain(
      `stops declaring an OU that AWS still has: Workloads/Prod (${prod}; it holds 1 account no manifest declares), with SCPs`,
    );
    expect(notice).toContain('"deny-unapproved-regions"');
    expect(notice).toContain('Vend never deletes an OU, nor detaches an SCP from one the repository does not declare');
  });

  test('one SCP is named as one', () => {
    const notice = droppedOrganizationalUnitsNotice([
      { path: 'Sandbox', id: 'ou-ab12-cd34ef56', scps: ['deny-leave'], childUnits: 0, accounts: 0 },
    ]);
    expect(notice).toContain('Sandbox (ou-ab12-cd34ef56), with SCP "deny-leave" attached to it.');
  });

  test('a dropped subtree is one entry, its top, counting the OUs and SCPs beneath it', () => {
    const main = referenceDesiredState();
    const observed = convergedObservation(main);
    const paths = ['Workloads', 'Workloads/NonProd', 'Workloads/Prod'];
    const dropped = droppedOrganizationalUnits(dropping(main, paths), main, observed);
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ path: 'Workloads', childUnits: 2, accounts: 0 });
    expect(dropped[0]!.scps).toEqual(
      expect.arrayContaining(['require-permissions-boundary', 'deny-unapproved-regions']),
    );
    expect(droppedOrganizationalUnitsNotice(dropped)).toContain(
      '; it holds 2 child OUs), with SCPs "FullAWSAccess", "deny-unapproved-regions" and "require-permissions-boundary" attached to it or beneath it.',
    );
  });

  test('an OU AWS does not have, and an OU the pull request keeps, are not named', () => {
    const main = referenceDesiredState();
    const observed = convergedObservation(main);
    observed.organizationalUnits = observed.organizationalUnits.filter((unit) => unit.path !== 'Workloads/Prod');
    expect(droppedOrganizationalUnits(dropping(main, ['Workloads/Prod']), main, observed)).toEqual([]);
    expect(droppedOrganizationalUnits(main, main, convergedObservation(main))).toEqual([]);
  });
});
