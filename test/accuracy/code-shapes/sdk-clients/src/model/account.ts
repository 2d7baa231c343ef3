export interface Account {
  /** @vdx none */
  accountId: string;
  /** @vdx none */
  ownerName: string;
  /** @vdx pi.general.identity-contact */
  contactEmail: string;
}
