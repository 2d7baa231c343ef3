export interface Position {
  /** @vdx pi.sensitive.location-trajectory */
  latitude: number;
  /** @vdx pi.sensitive.location-trajectory */
  longitude: number;
  accuracyM: number;
}

export interface Account {
  accountId: string;
  /** @vdx pi.general.identity-contact */
  email: string;
}

export declare function lastPosition(): Position;
export declare function account(): Account;
export declare function endpointFromDatabase(): Promise<string>;
