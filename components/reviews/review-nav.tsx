import Link from "next/link";
import { Container } from "@/components/ui/container";
import type { TReviewCapability } from "@/lib/assessments/access";

export type TReviewTab = "questions" | "team" | "consolidate" | "report" | "milestones" | "present" | "audit";

const TABS: { tab: TReviewTab; label: string; path: string; needs: TReviewCapability; workspaceOnly?: boolean }[] = [
  { tab: "questions", label: "Questions", path: "", needs: "answer" },
  { tab: "team", label: "Team", path: "/team", needs: "run" },
  { tab: "consolidate", label: "Consolidation", path: "/consolidate", needs: "read" },
  { tab: "report", label: "Report", path: "/report", needs: "read" },
  { tab: "milestones", label: "Milestones", path: "/milestones", needs: "read" },
  { tab: "present", label: "Present", path: "/present", needs: "run" },
  { tab: "audit", label: "Audit trail", path: "/audit", needs: "read" },
];

/**
 * The tabs across a review's pages, showing only what this visitor may open (lib/assessments/access.ts
 * capabilitiesOf). A respondent, who may only answer, sees no tabs at all.
 */
export function ReviewNav({
  assessmentId,
  current,
  capabilities,
  workspace,
}: {
  assessmentId: string;
  current: TReviewTab;
  capabilities: ReadonlySet<TReviewCapability>;
  /** The workspace the review belongs to, for the way back to its list. */
  workspace?: { name: string; slug: string } | null;
}) {
  const tabs = TABS.filter((tab) => capabilities.has(tab.needs));
  if (tabs.length < 2) return null;
  return (
    <div className="border-b border-line bg-surface/60 print:hidden">
      <Container width="wide" className="flex items-center gap-4">
        {workspace ? (
          <Link href={`/workspaces/${workspace.slug}`} className="hidden shrink-0 py-3 text-sm text-muted no-underline hover:text-ink hover:underline md:inline">
            <span aria-hidden="true">←</span> {workspace.name}
          </Link>
        ) : null}
        <nav aria-label="Review" className="-mb-px min-w-0 overflow-x-auto">
          <ul className="flex gap-1">
            {tabs.map(({ tab, label, path }) => {
              const active = tab === current;
              return (
                <li key={tab} className="shrink-0">
                  <Link
                    href={`/reviews/${assessmentId}${path}`}
                    aria-current={active ? "page" : undefined}
                    className={`inline-flex min-h-11 items-center border-b-2 px-3 text-[0.9375rem] no-underline transition-colors ${
                      active ? "border-accent font-medium text-ink" : "border-transparent text-muted hover:border-line-strong hover:text-ink"
                    }`}
                  >
                    {label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </Container>
    </div>
  );
}
