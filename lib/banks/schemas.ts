import { z } from "zod";

import { ZBankSourceFormat } from "./bank-format";

/** POST /api/v1/workspaces/{workspaceId}/banks: the bank file's text and how it is written. */
export const ZImportBankInput = z.strictObject({
  format: ZBankSourceFormat,
  source: z.string({ error: "source is the bank file's text" }).min(1, "The bank file is empty"),
});
export type TImportBankInput = z.infer<typeof ZImportBankInput>;

export const ZBankId = z.uuid({ error: "Not a question bank id" });

/** ?format= of an export; JSON when left out. */
export const ZExportBankQuery = z.strictObject({ format: ZBankSourceFormat.default("json") });

/** The built-in bank's export also takes ?version= for an older version. */
export const ZExportBuiltinQuery = ZExportBankQuery.extend({ version: z.coerce.number().int().min(1).optional() });
