import type { Owner, Vin } from "@lanhai/domain";
import { AxiosFactory } from "@lanhai/http-kit";

const ownersApi = AxiosFactory.getAxiosInstance("https://owner-directory.lanhai.internal/v1", { timeoutMs: 2_000 });

export const ownerDirectory = {
  async byVin(vin: Vin): Promise<Owner> {
    const { data } = await ownersApi.get<Owner>(`/owners/by-vehicle/${vin}`);
    return data;
  },
};
