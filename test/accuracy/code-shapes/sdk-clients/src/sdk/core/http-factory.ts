import axios, { type AxiosInstance } from "axios";

/** One place that configures timeouts and retries for every HTTP client of the SDK. */
export class AxiosFactory {
  static getAxiosInstance(baseURL: string, timeoutMs = 15_000): AxiosInstance {
    return axios.create({ baseURL, timeout: timeoutMs, headers: { "User-Agent": "example-motors-sdk/3" } });
  }
}
