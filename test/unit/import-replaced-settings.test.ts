import { replacedSettings } from '../../src/import/replaced-settings.js';

describe('what vend import --force replaces', () => {
  const before = {
    managementAccountId: '111111111111',
    organizationalUnits: {
      Sandbox: { baselines: ['permissions-boundary', 'human-roles'] },
      Workloads: { scps: ['deny-a', 'deny-b'], children: { Prod: { baselines: ['automation-roles'] } } },
    },
    baselines: { q: { template: 'q.yaml', dependsOn: ['permissions-boundary'], description: 'queue' } },
    emailDomains: ['example.com'],
  };

  test('names each setting the new file lacks or holds otherwise, however deep, and apart those it adds', () => {
    const after = {
      managementAccountId: '111111111111',
      organizationalUnits: {
        Sandbox: {},
        Workloads: { scps: ['deny-b', 'deny-a'], children: { Prod: {} } },
        Infrastructure: { baselines: ['x'] },
      },
      baselines: { q: { template: 'q.yaml' } },
    };
    expect(replacedSettings(before, after)).toEqual({
      lost: [
        'organizationalUnits.Sandbox.baselines',
        'organizationalUnits.Workloads.children.Prod.baselines',
        'baselines.q.dependsOn',
        'baselines.q.description',
        'emailDomains',
      ],
      // An OU the old file left out may be one an edit not applied yet removed: named, as --force brings it back.
      added: ['organizationalUnits.Infrastructure'],
    });
  });

  test('an import written again over itself replaces nothing', () => {
    expect(replacedSettings(before, structuredClone(before))).toEqual({ lost: [], added: [] });
  });

  test('a key written with the value its absence means is no setting lost or added', () => {
    expect(
      replacedSettings(
        { organizationalUnits: { Sandbox: { fullAWSAccess: true, scps: [], baselines: [] } }, closed: false },
        { organizationalUnits: { Sandbox: {} } },
      ),
    ).toEqual({ lost: [], added: [] });
    // Empty tags, quotas and parameters say nothing; an accountName equal to the name is the name (DESIGN.md).
    expect(
      replacedSettings(
        { name: 'app', accountName: 'app', tags: {}, quotas: {}, parameters: { roles: {} } },
        { name: 'app', parameters: {} },
      ),
    ).toEqual({ lost: [], added: [] });
    expect(replacedSettings({ name: 'app', accountName: 'App' }, { name: 'app' })).toEqual({
      lost: ['accountName'],
      added: [],
    });
    // An empty mapping that declares something stays a setting: an OU.
    expect(replacedSettings({ organizationalUnits: { Sandbox: {} } }, { organizationalUnits: {} })).toEqual({
      lost: ['organizationalUnits.Sandbox'],
      added: [],
    });
    expect(replacedSettings({ scps: ['deny-a'] }, {})).toEqual({ lost: ['scps'], added: [] });
    expect(replacedSettings({}, { scps: ['deny-a'] })).toEqual({ lost: [], added: ['scps'] });
  });
});
