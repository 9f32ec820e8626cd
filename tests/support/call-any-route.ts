import { callRoute } from "./call-route";

/**
 * callRoute for any response body: JSON (and problem+json) parsed, anything else (PDF, CSV, metrics)
 * kept as text, so one table can call every route whatever it answers.
 */
export async function callAnyRoute<P>(
  handler: Parameters<typeof callRoute<P>>[0],
  params: P,
  init: Parameters<typeof callRoute<P>>[2] = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  // Reads the body once, here, instead of through callRoute's JSON.parse.
  const passThrough: typeof handler = async (request, context) => {
    const response = await handler(request, context);
    const text = await response.text();
    const isJson = /json/.test(response.headers.get("content-type") ?? "");
    captured = isJson || !text ? null : text;
    return new Response(isJson ? text : null, { status: response.status, headers: response.headers });
  };
  let captured: string | null = null;
  const result = await callRoute(passThrough, params, init);
  return captured === null ? result : { ...result, body: captured };
}
