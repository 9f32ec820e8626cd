"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  confirm,
  enqueue,
  keepMine as keepMineIn,
  keepTheirs as keepTheirsIn,
  markConflict,
  outboxKey,
  parseOutbox,
  sendable,
  type TDraft,
  type TOutbox,
  type TServerAnswer,
} from "@/lib/answer-sync/outbox";

export type TSyncStatus = "saved" | "saving" | "offline" | "error";

type TOptions = { assessmentId: string; initialAnswers: Record<string, TServerAnswer> };

const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

/**
 * Saves answers as they are given. Every edit goes to a persisted outbox first, then to the server;
 * failures (offline, 5xx, 503 while the database is down) retry with backoff and on the browser's
 * `online` event, and the outbox is flushed again on the next page load. A 409 keeps both versions
 * for the person to choose: nothing is overwritten silently.
 */
export function useAnswerSync({ assessmentId, initialAnswers }: TOptions) {
  const [confirmed, setConfirmed] = useState<Record<string, TServerAnswer>>(initialAnswers);
  const [outbox, setOutbox] = useState<TOutbox>({});
  const [status, setStatus] = useState<TSyncStatus>("saved");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const outboxRef = useRef<TOutbox>({});
  const confirmedRef = useRef(confirmed);
  const inFlight = useRef(new Set<string>());
  const seq = useRef(Date.now());
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const debounceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);
  const flushRef = useRef<() => void>(() => {});

  const commit = useCallback(
    (next: TOutbox) => {
      outboxRef.current = next;
      setOutbox(next);
      try {
        if (Object.keys(next).length) localStorage.setItem(outboxKey(assessmentId), JSON.stringify(next));
        else localStorage.removeItem(outboxKey(assessmentId));
      } catch {
        // Storage full or blocked: the edit still goes to the server; only the offline safety net is lost.
      }
    },
    [assessmentId],
  );

  const settle = useCallback(() => {
    const pending = sendable(outboxRef.current).length;
    if (inFlight.current.size === 0 && pending === 0) setStatus((s) => (s === "error" ? s : "saved"));
  }, []);

  const send = useCallback(
    async (questionId: string) => {
      const entry = outboxRef.current[questionId];
      if (!entry || entry.conflict !== undefined || inFlight.current.has(questionId)) return;
      inFlight.current.add(questionId);
      setStatus("saving");
      const url = `/api/v1/assessments/${assessmentId}/answers/${encodeURIComponent(questionId)}`;
      try {
        const response =
          "clear" in entry.draft
            ? await fetch(url, { method: "DELETE", credentials: "same-origin" })
            : await fetch(url, {
                method: "PUT",
                credentials: "same-origin",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ ...entry.draft, baseVersion: entry.baseVersion }),
              });
        if (response.ok) {
          attempt.current = 0;
          let version = 0;
          if (response.status === 204) {
            const next = { ...confirmedRef.current };
            delete next[questionId];
            confirmedRef.current = next;
          } else {
            const answer = (await response.json()) as TServerAnswer;
            version = answer.version;
            confirmedRef.current = { ...confirmedRef.current, [questionId]: answer };
          }
          setConfirmed(confirmedRef.current);
          setErrors(({ [questionId]: _gone, ...rest }) => rest);
          commit(confirm(outboxRef.current, questionId, entry.seq, version));
        } else if (response.status === 409) {
          const problem = (await response.json()) as { current?: TServerAnswer };
          commit(markConflict(outboxRef.current, questionId, entry.seq, problem.current ?? null));
        } else if (response.status === 422 || response.status === 404 || response.status === 401) {
          const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: { message: string }[] };
          setErrors((e) => ({ ...e, [questionId]: problem.errors?.map((x) => x.message).join("; ") || problem.detail || "Not saved" }));
          commit(keepTheirsIn(outboxRef.current, questionId));
          setStatus("error");
        } else {
          throw new Error(`HTTP ${response.status}`);
        }
      } catch {
        // Offline, or the server could not take it now: keep it and try again.
        setStatus("offline");
        clearTimeout(retryTimer.current);
        const delay = RETRY_DELAYS_MS[Math.min(attempt.current, RETRY_DELAYS_MS.length - 1)];
        attempt.current += 1;
        retryTimer.current = setTimeout(() => flushRef.current(), delay);
      } finally {
        inFlight.current.delete(questionId);
        // An edit made while this one was in flight goes next.
        const latest = outboxRef.current[questionId];
        if (latest && latest.seq !== entry.seq && latest.conflict === undefined && attempt.current === 0) void send(questionId);
        settle();
      }
    },
    [assessmentId, commit, settle],
  );

  const flush = useCallback(() => {
    for (const entry of sendable(outboxRef.current)) void send(entry.questionId);
    settle();
  }, [send, settle]);
  flushRef.current = flush;

  // On load: anything left from an earlier visit (offline, closed tab, reload) is sent at once.
  useEffect(() => {
    commit(parseOutbox(localStorage.getItem(outboxKey(assessmentId))));
    flushRef.current();
    const online = () => {
      attempt.current = 0;
      flushRef.current();
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      clearTimeout(retryTimer.current);
      clearTimeout(debounceTimer.current);
    };
  }, [assessmentId, commit]);

  /** Records an edit. Typing (`debounce`) waits for a pause before sending; it is stored at once. */
  const save = useCallback(
    (questionId: string, draft: TDraft, { debounce = false } = {}) => {
      seq.current += 1;
      commit(enqueue(outboxRef.current, questionId, draft, confirmedRef.current[questionId]?.version ?? 0, seq.current));
      setStatus("saving");
      clearTimeout(debounceTimer.current);
      if (debounce) debounceTimer.current = setTimeout(() => flushRef.current(), 700);
      else flushRef.current();
    },
    [commit],
  );

  const keepMine = useCallback(
    (questionId: string) => {
      seq.current += 1;
      commit(keepMineIn(outboxRef.current, questionId, seq.current));
      flushRef.current();
    },
    [commit],
  );

  const keepTheirs = useCallback(
    (questionId: string) => {
      const theirs = outboxRef.current[questionId]?.conflict;
      if (theirs) {
        confirmedRef.current = { ...confirmedRef.current, [questionId]: theirs };
      } else {
        const next = { ...confirmedRef.current };
        delete next[questionId];
        confirmedRef.current = next;
      }
      setConfirmed(confirmedRef.current);
      commit(keepTheirsIn(outboxRef.current, questionId));
      settle();
    },
    [commit, settle],
  );

  return { confirmed, outbox, status, errors, save, keepMine, keepTheirs };
}
