/**
 * The browser's outbox of answers not yet confirmed by the server: pure state transitions, persisted
 * by the caller (localStorage), so an answer given offline survives a reload and is sent on the next
 * load. One entry per question: a newer edit replaces an older one that was not sent yet, and keeps
 * the version the edit was based on, so the server can tell a stale edit (409) from a fresh one.
 */
export type TDraftState = "answered" | "unknown" | "not-applicable";
export type TDraft = { state: TDraftState; value: unknown; note: string | null } | { clear: true };
export type TServerAnswer = { questionId: string; state: TDraftState; value: unknown; note: string | null; version: number; updatedAt: string };

export type TOutboxEntry = {
  questionId: string;
  draft: TDraft;
  /** The server version this edit was made on; 0 when the question had no answer then. */
  baseVersion: number;
  /** Increases with every edit, so a response can tell whether it answers the latest one. */
  seq: number;
  /** Set when the server refused the edit as stale: the person must choose. */
  conflict?: TServerAnswer | null;
};

export type TOutbox = Record<string, TOutboxEntry>;

export function enqueue(outbox: TOutbox, questionId: string, draft: TDraft, knownVersion: number, seq: number): TOutbox {
  const previous = outbox[questionId];
  // An edit on top of an unsent edit keeps the older base: that is what the server last agreed to.
  const baseVersion = previous && !previous.conflict ? previous.baseVersion : knownVersion;
  return { ...outbox, [questionId]: { questionId, draft, baseVersion, seq } };
}

/** The server stored entry `seq` at `version`: drop it, or rebase a newer edit made meanwhile on it. */
export function confirm(outbox: TOutbox, questionId: string, seq: number, version: number): TOutbox {
  const entry = outbox[questionId];
  if (!entry) return outbox;
  const next = { ...outbox };
  if (entry.seq === seq) delete next[questionId];
  else next[questionId] = { ...entry, baseVersion: version };
  return next;
}

export function markConflict(outbox: TOutbox, questionId: string, seq: number, current: TServerAnswer | null): TOutbox {
  const entry = outbox[questionId];
  if (!entry || entry.seq !== seq) return outbox;
  return { ...outbox, [questionId]: { ...entry, conflict: current } };
}

/** "Keep mine": send my edit again, now knowingly on top of the current server version. */
export function keepMine(outbox: TOutbox, questionId: string, seq: number): TOutbox {
  const entry = outbox[questionId];
  if (!entry || entry.conflict === undefined) return outbox;
  const { conflict, ...rest } = entry;
  return { ...outbox, [questionId]: { ...rest, baseVersion: conflict?.version ?? 0, seq } };
}

/** "Keep theirs": forget my edit. */
export function keepTheirs(outbox: TOutbox, questionId: string): TOutbox {
  const next = { ...outbox };
  delete next[questionId];
  return next;
}

export function sendable(outbox: TOutbox): TOutboxEntry[] {
  return Object.values(outbox)
    .filter((entry) => entry.conflict === undefined)
    .sort((a, b) => a.seq - b.seq);
}

export function parseOutbox(text: string | null): TOutbox {
  if (!text) return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    const result: TOutbox = {};
    for (const [key, entry] of Object.entries(parsed as Record<string, TOutboxEntry>)) {
      if (entry && typeof entry.questionId === "string" && entry.questionId === key && entry.draft && typeof entry.seq === "number") result[key] = entry;
    }
    return result;
  } catch {
    return {};
  }
}

export function outboxKey(assessmentId: string): string {
  return `faultline:outbox:${assessmentId}`;
}
