/**
 * Calls a Next.js route handler in-process with a real Request, the way Next does, so integration tests
 * exercise the handler, its validation and the real database without a server in between.
 */
type THandler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export async function callRoute<P>(
  handler: THandler<P>,
  params: P,
  init: { method?: string; path?: string; body?: unknown; rawBody?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  // Each call plays a different client unless a test says otherwise, as the rate limits count per client.
  const headers: Record<string, string> = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}`, ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers["content-type"] = "application/json";
  }
  const request = new Request(`http://localhost${init.path ?? "/api/v1/test"}`, { method: init.method ?? "GET", headers, body });
  const response = await handler(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}
