import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Between node:http and the web Request/Response that route handlers speak, for the routes the
 * production server (scripts/serve.ts) answers itself instead of handing them to Next.js.
 */

/** The request as a web Request. The body stays a stream: the handler reads it with its own byte limit. */
export function toWebRequest(incoming: IncomingMessage): Request {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  const https = (incoming.socket as { encrypted?: boolean }).encrypted === true;
  // Like Next.js, the address is built from the Host header; nothing trusts it for more than the path.
  const url = `${https ? "https" : "http"}://${incoming.headers.host ?? "localhost"}${incoming.url ?? "/"}`;
  const method = incoming.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(url, {
    method,
    headers,
    body: hasBody ? bodyStream(incoming) : undefined,
    // Required by the fetch standard for a streamed request body.
    duplex: hasBody ? "half" : undefined,
  } as RequestInit);
}

/**
 * The body as a web stream that reads from the socket only as fast as it is consumed. A reader that
 * gives up (a body over its limit) stops the reading; the server then closes the connection after
 * answering rather than read the rest (`close` in sendWebResponse).
 */
function bodyStream(incoming: IncomingMessage): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      incoming.on("data", (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) incoming.pause();
      });
      incoming.once("end", () => controller.close());
      incoming.once("error", (error) => controller.error(error));
    },
    pull() {
      incoming.resume();
    },
    cancel() {
      incoming.removeAllListeners("data");
      incoming.pause();
    },
  });
}

/**
 * Writes a web Response to node:http. A body that comes in one piece (every JSON answer) is sent with
 * its Content-Length in one write; a longer stream is passed on chunk by chunk.
 */
export async function sendWebResponse(response: Response, outgoing: ServerResponse, { close = false } = {}): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  if (close) headers.connection = "close";

  if (!response.body) {
    outgoing.writeHead(response.status, headers).end();
    return;
  }
  const reader = response.body.getReader();
  const first = await reader.read();
  const second = first.done ? first : await reader.read();
  if (second.done) {
    const body = first.done ? undefined : first.value;
    headers["content-length"] = String(body?.byteLength ?? 0);
    outgoing.writeHead(response.status, headers).end(body);
    return;
  }
  outgoing.writeHead(response.status, headers);
  const write = async (chunk: Uint8Array) => {
    if (!outgoing.write(chunk)) await new Promise((resolve) => outgoing.once("drain", resolve));
  };
  try {
    await write(first.value as Uint8Array);
    await write(second.value);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      await write(value);
    }
  } finally {
    outgoing.end();
  }
}
