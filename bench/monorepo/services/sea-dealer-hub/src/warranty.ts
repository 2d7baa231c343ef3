import mysql from "mysql2/promise";
import { hubConfig } from "./config.js";

const aftersales = mysql.createPool({ uri: hubConfig.aftersalesMysql, connectionLimit: 4 });

/** Warranty claims of vehicles serviced by SEA dealers, for the regional warranty desk. */
export async function warrantyClaims(dealerCode: string, since: string) {
  const [rows] = await aftersales.query(
    `SELECT claim_id, vin, customer_phone, dtc_code, mileage_km
       FROM warranty_claims WHERE servicing_dealer = ? AND updated_at > ?`,
    [dealerCode, since],
  );
  return rows;
}
