import { RISK_META, isRiskLevel } from "../../components/ui/risk-levels";

// The audit trail in plain words, for the audit page. Pure. Actions written by other features get a
// sentence here when they are known, and a readable fallback when they are not.

export type TAuditEventData = Record<string, unknown> | null;

const SECRET_KEY = /token|hash|secret|password|email/i;

/** The event's data without secrets (token hashes, passwords) or addresses, at any depth. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !SECRET_KEY.test(key)).map(([key, v]) => [key, withoutSecrets(v)]));
  }
  return value;
}

function level(value: unknown): string | null {
  return isRiskLevel(value) ? RISK_META[value].label : null;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

type TState = { note: string | null; severity: string | null; justification: string | null };

function state(value: unknown): TState {
  const v = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
  return { note: text(v.note), severity: level(v.severity), justification: text(v.justification) };
}

/** What happened to a finding's review, one clause per change. */
function findingReviewChanges(data: Record<string, unknown>): string[] {
  const before = state(data.before);
  const after = state(data.after);
  const computed = level(data.computedSeverity);
  const changes: string[] = [];
  if (after.severity && after.severity !== before.severity) {
    changes.push(`set the severity to ${after.severity}${computed ? ` (computed: ${computed})` : ""} because: “${after.justification ?? ""}”`);
  } else if (!after.severity && before.severity) {
    changes.push(`removed the severity adjustment (${before.severity}); the computed severity${computed ? `, ${computed},` : ""} stands again`);
  } else if (after.severity && after.justification !== before.justification) {
    changes.push(`reworded the justification of ${after.severity}: “${after.justification ?? ""}”`);
  }
  if (after.note && !before.note) changes.push(`added a note: “${after.note}”`);
  else if (after.note && after.note !== before.note) changes.push(`changed the note to “${after.note}”`);
  else if (!after.note && before.note) changes.push("removed the note");
  return changes;
}

const SIMPLE: Record<string, string> = {
  "assessment.created": "created the review",
  "assessment.claimed": "moved the review into the workspace",
  "share.created": "created a read-only share link",
  "share.revoked": "revoked a read-only share link",
  "respondent.invited": "invited a respondent",
  "respondent.link-reissued": "issued a new link to a respondent",
  "respondent.revoked": "withdrew a respondent's link",
  "respondent.updated": "updated a respondent's details",
  "milestone.published": "published a milestone",
  "re-review.started": "started a re-review",
};

/** One sentence without its actor ("set the severity of “X” to Medium …"), to follow the actor's name. */
export function describeAuditEvent(action: string, data: TAuditEventData): string {
  const d = data ?? {};
  if (action === "finding-review.changed" || action === "finding-review.cleared") {
    const title = text(d.findingTitle) ?? text(d.findingId) ?? "a finding";
    if (action === "finding-review.cleared") return `cleared the review of the finding “${title}”`;
    const changes = findingReviewChanges(d);
    return `on the finding “${title}”, ${changes.length > 0 ? changes.join("; ") : "changed the review"}`;
  }
  if (action === "milestone.published" && (typeof d.number === "number" || text(d.label))) {
    return `published milestone ${[typeof d.number === "number" ? `#${d.number}` : null, text(d.label)].filter(Boolean).join(" ")}`;
  }
  if (action === "respondent.invited" && text(d.name)) return `invited ${text(d.name)} as a respondent`;
  if (SIMPLE[action]) return SIMPLE[action];
  // An action this page does not know yet: "agreed-answer.recorded" → "agreed answer recorded".
  return action.replace(/[.-]/g, " ").replace(/\s+/g, " ").trim();
}
