import { listNames } from '../../src/report/phrasing.js';

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
