import type { Vin } from "./vehicle.js";

export interface Owner {
  /** @vdx none */
  ownerId: string;
  /** @vdx pi.general.identity-contact */
  fullName: string;
  /** @vdx pi.general.identity-contact */
  mobile: string;
  /** @vdx pi.general.identity-contact */
  email: string;
  /** @vdx pi.sensitive.id-document */
  idCardNo: string;
  /** @vdx none */
  preferredLanguage: string;
  /** @vdx none */
  preferredDealer: string;
  vins: Vin[];
}

export interface TestDriveRequest {
  /** @vdx none */
  requestId: string;
  /** @vdx pi.general.identity-contact */
  fullName: string;
  /** @vdx pi.general.identity-contact */
  mobile: string;
  /** @vdx none */
  modelCode: string;
  /** @vdx none */
  dealerCode: string;
}
