import { importBank } from "@/lib/banks/import-bank";
import { listBanks } from "@/lib/banks/list-banks";
import { ZImportBankInput } from "@/lib/banks/schemas";
import { json, readJson, route } from "@/lib/http/route";
import { requireSessionUser } from "@/lib/workspaces/session-user";

type TParams = { workspaceId: string };

// The JSON body carries the bank file as a string; escaping can grow it, so the body may be larger
// than the file's own limit (MAX_BANK_BYTES, checked on the file itself: 413).
const BODY_LIMIT_BYTES = 4 * 1024 * 1024;

/** The banks the workspace can use: the built-in one and those it imported (any member). */
export const GET = route<TParams>(async ({ request, params }) => {
  const user = await requireSessionUser(request.headers);
  return json({ banks: await listBanks(user, params.workspaceId) });
});

/** Imports a bank file (owner or consultant): 201 with the bank, or 422 with every problem and its line. */
export const POST = route<TParams>(async ({ request, params }) => {
  const user = await requireSessionUser(request.headers);
  const input = await readJson(request, ZImportBankInput, BODY_LIMIT_BYTES);
  return json(await importBank(user, params.workspaceId, input), { status: 201 });
});
