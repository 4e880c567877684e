import { listNames, whereInstances } from '../../src/report/phrasing.js';

const accounts = (count: number) => Array.from({ length: count }, (_, index) => `account-${index + 1}`);

test('a list names everyone when only one name would be left over, and counts the rest past that', () => {
  expect(listNames(accounts(2))).toBe('account-1 and account-2');
  expect(listNames(accounts(9))).toBe(
    'account-1, account-2, account-3, account-4, account-5, account-6, account-7, account-8 and account-9',
  );
  expect(listNames(accounts(10))).toBe(
    'account-1, account-2, account-3, account-4, account-5, account-6, account-7, account-8 and 2 more',
  );
});

test('stack instances name their accounts unless the description names each one as a whole word', () => {
  expect(
    whereInstances(['security-tooling/us-east-1'], 'Deploy roles to 1 stack instance (1 account: security-tooling)'),
  ).toBe(' in us-east-1');
  // Account automation is not named by the baseline automation-roles in the description.
  expect(whereInstances(['automation/us-east-1'], 'Remove 1 automation-roles stack instance')).toBe(
    ': automation in us-east-1',
  );
});

test('accounts are named in name order, whatever order AWS listed their instances in', () => {
  expect(
    whereInstances(
      ['b-two/us-east-1', 'c-three/us-east-1', 'a-one/us-east-1', 'd-four/us-east-1', 'e/us-east-1'],
      'Remove 5 x stack instances',
    ),
  ).toBe(': a-one, b-two, c-three and 2 more in us-east-1');
});

test('a fourth group of accounts is named, not counted; past that the rest are counted', () => {
  const groups = (count: number) => accounts(count).map((account, index) => `${account}/region-${index + 1}`);
  expect(whereInstances(groups(4), 'Remove all 4 instances of vend-x')).toBe(
    ': account-1 in region-1; account-2 in region-2; account-3 in region-3; account-4 in region-4',
  );
  expect(whereInstances(groups(5), 'Remove all 5 instances of vend-x')).toBe(
    ': account-1 in region-1; account-2 in region-2; account-3 in region-3; and 2 more groups of accounts',
  );
});
