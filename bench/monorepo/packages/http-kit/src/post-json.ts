export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`POST ${url} failed with ${status}`);
  }
}

/** POSTs a JSON body and returns the parsed JSON answer; non-2xx answers throw HttpError. */
export async function postJson<T = unknown>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new HttpError(url, response.status);
  return (await response.json()) as T;
}
