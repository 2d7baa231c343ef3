import axios, { type AxiosInstance } from "axios";

export const DEFAULT_BASE_URL = "https://api.example-motors.de/v3";

/** Every API client of the SDK keeps its base URL and an axios instance bound to it. */
export abstract class BaseApiClient {
  protected readonly baseUrl: string;
  protected readonly http: AxiosInstance;

  constructor(baseUrl: string = DEFAULT_BASE_URL) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.http = axios.create({ baseURL: baseUrl, timeout: 10_000 });
  }

  protected getEndpointUrl(path: string): string {
    return `${this.baseUrl}/${path}`;
  }
}
