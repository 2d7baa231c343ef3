import ky from "ky";
import { config } from "../config/env.js";

export const ubi = ky.create({ prefixUrl: config.ubiBaseUrl, retry: 2, timeout: 10_000 });
