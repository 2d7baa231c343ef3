import { z } from "zod";
import { ROAMING_TOKEN_URL } from "./types";

/** Validation of the settings file, with the defaults a deployment ships with. */
export const settingsSchema = z.object({
  partners: z.object({
    roaming: z.object({
      tokenUrl: z.string().default(ROAMING_TOKEN_URL),
      baseUrl: z.string(),
      clientId: z.string(),
      clientSecret: z.string(),
    }),
  }),
});
