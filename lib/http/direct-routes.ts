/**
 * The table of routes the production server (scripts/serve.ts) answers itself, with the same route
 * handlers Next.js runs for them, instead of passing them through Next.js's router. Kept apart from the
 * server so that which requests take this path can be tested on its own.
 */

/** A route handler as Next.js calls it: the web Request and the route's parameters. */
export type TRouteHandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type TDirectRoute = { method: string; template: string; pattern: RegExp; names: string[]; handler: TRouteHandler };

/** A route from a template such as `/api/v1/assessments/:id/answers/:questionId` (a parameter is one whole segment). */
export function directRoute(method: string, template: string, handler: TRouteHandler): TDirectRoute {
  const names: string[] = [];
  const source = template
    .split("/")
    .map((segment) => {
      if (!segment.startsWith(":")) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(segment.slice(1));
      return "([^/]+)";
    })
    .join("/");
  return { method, template, pattern: new RegExp(`^${source}$`), names, handler };
}

/**
 * The route for this method and request target, with its parameters decoded, or nothing: then Next.js
 * answers (other methods, trailing slashes, malformed escapes: whatever Next.js does with them stays so).
 */
export function matchDirectRoute(
  routes: readonly TDirectRoute[],
  method: string,
  target: string,
): { route: TDirectRoute; params: Record<string, string> } | undefined {
  const query = target.indexOf("?");
  const pathname = query === -1 ? target : target.slice(0, query);
  for (const route of routes) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    try {
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1])));
    } catch {
      return undefined;
    }
    return { route, params };
  }
  return undefined;
}
