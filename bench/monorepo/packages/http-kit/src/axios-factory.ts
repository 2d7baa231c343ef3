import axios, { type AxiosInstance } from "axios";

export interface AxiosInstanceOptions {
  timeoutMs?: number;
  headers?: Record<string, string>;
}

/**
 * One axios instance per base URL, shared by every client in the process so connection pools
 * and interceptors (tracing, retries) are set up once.
 */
export class AxiosFactory {
  private static readonly instances = new Map<string, AxiosInstance>();

  static getAxiosInstance(baseURL: string, options: AxiosInstanceOptions = {}): AxiosInstance {
    const cached = AxiosFactory.instances.get(baseURL);
    if (cached) return cached;
    const instance = axios.create({
      baseURL,
      timeout: options.timeoutMs ?? 10_000,
      headers: { "User-Agent": "lanhai-platform/3", ...options.headers },
    });
    AxiosFactory.instances.set(baseURL, instance);
    return instance;
  }
}
