import { bankFileResponse } from "@/lib/banks/bank-file-response";
import { exportWorkspaceBank } from "@/lib/banks/export-bank";
import { ZExportBankQuery } from "@/lib/banks/schemas";
import { parseQuery } from "@/lib/http/parse-query";
import { route } from "@/lib/http/route";
import { requireSessionUser } from "@/lib/workspaces/session-user";

/** A bank the workspace can use, as a bank file (any member); ?format=json|yaml. */
export const GET = route<{ workspaceId: string; bankId: string }>(async ({ request, params }) => {
  const user = await requireSessionUser(request.headers);
  const { format } = parseQuery(request, ZExportBankQuery);
  return bankFileResponse(await exportWorkspaceBank(user, params.workspaceId, params.bankId, format), "private, no-store");
});
