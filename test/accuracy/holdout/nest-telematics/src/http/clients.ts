import axios from "axios";
import { ENDPOINTS } from "../config/endpoints.js";

export const euFleetApi = axios.create({ baseURL: ENDPOINTS.euFleet, timeout: 5_000 });
export const cnPlatformApi = axios.create({ baseURL: ENDPOINTS.cnPlatform, timeout: 2_000 });
