/** Calls the respondents API from the team page; returns the body, or the problem's field errors and message. */
export type TApiResult<T> = { ok: true; body: T } | { ok: false; message: string; fields: Record<string, string> };

export async function callRespondentsApi<T>(path: string, init: { method: string; body?: unknown }): Promise<TApiResult<T>> {
  try {
    const response = await fetch(path, {
      method: init.method,
      credentials: "same-origin",
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (response.ok) return { ok: true, body: body as T };
    const fields: Record<string, string> = {};
    for (const error of (body?.errors ?? []) as { path: string; message: string }[]) fields[error.path] ??= error.message;
    return { ok: false, message: body?.detail ?? "That did not work. Try again.", fields };
  } catch {
    return { ok: false, message: "The connection failed. Check it and try again.", fields: {} };
  }
}
