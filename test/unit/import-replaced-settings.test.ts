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

  test('names each setting the new file lacks or holds otherwise, however deep, and nothing it only adds', () => {
    const after = {
      managementAccountId: '111111111111',
      organizationalUnits: {
        Sandbox: {},
        Workloads: { scps: ['deny-b', 'deny-a'], children: { Prod: {} } },
        Infrastructure: { baselines: ['x'] },
      },
      baselines: { q: { template: 'q.yaml' } },
    };
    expect(replacedSettings(before, after)).toEqual([
      'organizationalUnits.Sandbox.baselines',
      'organizationalUnits.Workloads.children.Prod.baselines',
      'baselines.q.dependsOn',
      'baselines.q.description',
      'emailDomains',
    ]);
  });

  test('an import written again over itself replaces nothing', () => {
    expect(replacedSettings(before, structuredClone(before))).toEqual([]);
  });
});
