import type { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { zodIssuesToFields } from "@/lib/http/route";

/** A URL's query parameters checked with a schema: 422 naming each bad parameter. */
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new ValidationError(zodIssuesToFields(parsed.error.issues));
  return parsed.data;
}
