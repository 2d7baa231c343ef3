import axios from "axios";
import type { ChargeSession } from "../shared/types";

export async function pullSessions() { // expect: unassessed-export behaviour=processing-abroad
  const { data } = await axios.get<ChargeSession[]>("https://api.charging.example.com.cn/v1/sessions"); // expect: unassessed-export behaviour=remote-access
  return data;
}
