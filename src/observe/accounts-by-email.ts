import type { ObservedAccount } from './observed-state.js';

/**
 * Accounts by root email, the key a manifest names its account by. Vend compares emails without regard to case, as
 * validate's unique-account-email does, but nothing in the Organizations API reference says AWS refuses two root
 * emails that differ only in case (and the emulator accepts them). Where several accounts share an email but for
 * case, the one spelt exactly as the manifest spells it is the manifest's; if none is, the email is ambiguous and
 * names no account: the plan reports it (`alike`) rather than guess, or create another account.
 */
export class AccountsByEmail {
  private readonly byFoldedEmail = new Map<string, ObservedAccount[]>();

  constructor(accounts: Iterable<ObservedAccount>) {
    for (const account of accounts) this.add(account);
  }

  add(account: ObservedAccount): void {
    const key = account.email.toLowerCase();
    const alike = (this.byFoldedEmail.get(key) ?? []).filter((known) => known.id !== account.id);
    this.byFoldedEmail.set(key, [...alike, account]);
  }

  /** The account with this email: the only one alike but for case, or the one spelt exactly so; else undefined. */
  find(email: string): ObservedAccount | undefined {
    const alike = this.alike(email);
    if (alike.length === 1) return alike[0];
    const exact = alike.filter((account) => account.email === email);
    return exact.length === 1 ? exact[0] : undefined;
  }

  /** Every account whose email is this one but for case. */
  alike(email: string): ObservedAccount[] {
    return this.byFoldedEmail.get(email.toLowerCase()) ?? [];
  }
}
