"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { showsEmptyNotice, staysInView } from "@/lib/consolidation/kept-in-view";

type TKept = { kept: ReadonlySet<string>; keep: (questionId: string) => void };

const KeptContext = createContext<TKept | null>(null);

/**
 * Remembers the questions settled on this page since the filter was chosen, so their cards stay under
 * a filter they no longer match (lib/consolidation/kept-in-view.ts). The page keys it by the filter:
 * choosing another filter, or reloading, starts afresh.
 */
export function KeptInView({ children }: { children: ReactNode }) {
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const keep = useCallback((questionId: string) => setKept((current) => (current.has(questionId) ? current : new Set(current).add(questionId))), []);
  const value = useMemo(() => ({ kept, keep }), [kept, keep]);
  return <KeptContext.Provider value={value}>{children}</KeptContext.Provider>;
}

/** For the agreed-answer editor: keep this question's card on screen (does nothing outside the page). */
export function useKeepInView(): (questionId: string) => void {
  return useContext(KeptContext)?.keep ?? noop;
}

function noop() {}

/** Renders its children when they match the filter or hold a question settled on this page. */
export function FilterSlot({ matches, questionIds, children }: { matches: boolean; questionIds: string[]; children: ReactNode }) {
  const kept = useContext(KeptContext)?.kept ?? EMPTY;
  return staysInView(matches, questionIds, kept) ? children : null;
}

/** The "no questions under this filter" notice, hidden while a settled card is kept on screen. */
export function EmptyFilterNotice({ matching, children }: { matching: number; children: ReactNode }) {
  const kept = useContext(KeptContext)?.kept ?? EMPTY;
  return showsEmptyNotice(matching, kept) ? children : null;
}

const EMPTY: ReadonlySet<string> = new Set();
