export interface ClientOptions {
  baseUrl: string;
  apiKey?: string;
  timeoutMs?: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly endpoint: string,
    readonly body: string,
  ) {
    super(`${endpoint} answered ${status}`);
  }
}

/**
 * Base of our partner SDKs: base URL and credentials are fixed per client instance; subclasses
 * only describe their endpoints.
 */
export abstract class BaseApiClient {
  protected readonly baseUrl: string;
  private readonly apiKey?: string;
  private readonly timeoutMs: number;

  protected constructor(options: ClientOptions) {
    this.baseUrl = options.baseUrl;
    this.apiKey = options.apiKey;
    this.timeoutMs = options.timeoutMs ?? 8_000;
  }

  protected getEndpointUrl(path: string, query?: Record<string, string>): string {
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
    return url.toString();
  }

  protected async request<T>(
    method: "GET" | "POST" | "PUT" | "PATCH",
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<T> {
    const endpoint = this.getEndpointUrl(path);
    const response = await fetch(endpoint, {
      method,
      headers: { ...this.defaultHeaders(), ...extraHeaders },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new ApiError(response.status, endpoint, await response.text());
    return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
  }

  private defaultHeaders(): Record<string, string> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.apiKey) headers.authorization = `Token ${this.apiKey}`;
    return headers;
  }
}
