import { bankFileResponse } from "@/lib/banks/bank-file-response";
import { exportBuiltinBank } from "@/lib/banks/export-bank";
import { ZExportBuiltinQuery } from "@/lib/banks/schemas";
import { parseQuery } from "@/lib/http/parse-query";
import { route } from "@/lib/http/route";

/** A built-in bank as one bank file, questions and scoring rules (public, like the questionnaire). */
export const GET = route<{ key: string }>(async ({ request, params }) => {
  const { format, version } = parseQuery(request, ZExportBuiltinQuery);
  return bankFileResponse(exportBuiltinBank(params.key, format, version), "public, max-age=300");
});
