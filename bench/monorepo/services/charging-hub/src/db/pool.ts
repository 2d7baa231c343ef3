import pg from "pg";
import { hubConfig } from "../config.js";

export const pool = new pg.Pool({ connectionString: hubConfig.db.url, max: 20 });
