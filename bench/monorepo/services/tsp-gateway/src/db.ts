import pg from "pg";
import { gatewayConfig } from "./config.js";

/** The gateway's own database (fleet settings, daily aggregates), in the Shanghai region. */
export const pool = new pg.Pool({ connectionString: gatewayConfig.database, max: 10 });
