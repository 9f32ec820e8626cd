import { ROLE_LABELS, type TWorkspaceRole } from "@/lib/workspaces/roles";

/** A role as a quiet label. Owners get the accent's outline; never colour alone, the word is always there. */
export function RoleBadge({ role, className = "" }: { role: TWorkspaceRole; className?: string }) {
  const tone = role === "owner" ? "border-accent/50 text-accent" : "border-line-strong/50 text-muted";
  return (
    <span className={`inline-flex items-center rounded-[5px] border px-2 font-mono text-[0.6875rem] leading-5 tracking-[0.08em] uppercase ${tone} ${className}`}>
      {ROLE_LABELS[role]}
    </span>
  );
}
