import { z } from "zod";

/**
 * Presenter mode's URL: ?q=<question id>&diverging=1. Lenient on purpose: a stale or mistyped link
 * opens the first question rather than an error page in front of a room.
 */
export const ZPresenterQuery = z.object({
  q: z
    .string()
    .max(200)
    .optional()
    .catch(undefined),
  diverging: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => value === "1" || value === "true")
    .catch(false),
});
export type TPresenterQuery = z.infer<typeof ZPresenterQuery>;
