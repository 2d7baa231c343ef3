import { AxiosFactory } from "@lanhai/http-kit";
import { recallContacts } from "../owners/owner-sync.js";

const printService = AxiosFactory.getAxiosInstance("https://print.lanhai-motors.de/api", { timeoutMs: 20_000 });

/** Recall letters are printed and posted by the EU print service. */
export async function sendRecallLetters(campaignId: string): Promise<number> {
  const contacts = await recallContacts(campaignId);
  for (const contact of contacts) {
    await printService.post("/letters", { template: `recall-${campaignId}`, name: contact.full_name, vin: contact.vin });
  }
  return contacts.length;
}
