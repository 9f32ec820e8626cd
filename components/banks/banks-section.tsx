import { listBanks } from "@/lib/banks/list-banks";
import type { TSessionUser } from "@/lib/workspaces/session-user";
import { BankList } from "./bank-list";
import { ImportBankForm } from "./import-bank-form";

/**
 * The workspace page's "Question banks" section: the banks its reviews can use, each exportable, and
 * (for owners and consultants) the import form. It loads its own list, so the page only places it.
 */
export async function BanksSection({ user, workspaceId, canImport }: { user: TSessionUser; workspaceId: string; canImport: boolean }) {
  const banks = await listBanks(user, workspaceId);
  return (
    <section aria-labelledby="banks" className="mt-16">
      <h2 id="banks" className="text-heading">
        Question banks
      </h2>
      <p className="mt-2 max-w-prose text-[0.9375rem] text-muted">
        The questions a review asks and the rules that turn its answers into a report. New reviews can use the built-in bank or one this workspace imported;
        every bank exports as a single JSON or YAML file.
      </p>
      <div className={`mt-6 grid gap-10 ${canImport ? "lg:grid-cols-[minmax(0,1fr)_26rem] lg:gap-12" : ""}`}>
        <BankList banks={banks} />
        {canImport ? (
          <aside aria-labelledby="import-bank-title" className="h-fit min-w-0 rounded-2xl border border-line bg-surface p-6 shadow-[var(--shadow-sheet)] sm:p-7">
            <h3 id="import-bank-title" className="font-serif text-lg font-semibold">
              Import a bank
            </h3>
            <p className="mt-1.5 text-sm text-muted">
              A bank file in Faultline&apos;s format, like an export of the built-in bank with its own key. Problems are listed with their line.
            </p>
            <div className="mt-5">
              <ImportBankForm workspaceId={workspaceId} />
            </div>
          </aside>
        ) : null}
      </div>
    </section>
  );
}
