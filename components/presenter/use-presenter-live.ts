"use client";

import { useEffect, useRef, useState } from "react";
import { ZPresenterLive, type TPresenterLive } from "@/lib/presenter/presenter-view";

/** Often enough to feel live in a room, rare enough that a dozen open laptops cost nothing. */
export const POLL_MS = 4_000;

export type TLiveStatus = { state: "live" | "paused" | "offline"; checkedAt: Date | null };

/**
 * The team's answers, refreshed by polling GET /api/v1/assessments/{id}/presenter. An ETag makes an
 * unchanged poll a bodiless 304. Polling pauses while the tab is hidden and catches up as it returns.
 */
export function usePresenterLive(assessmentId: string, initial: TPresenterLive): { live: TPresenterLive; status: TLiveStatus } {
  const [live, setLive] = useState(initial);
  const [status, setStatus] = useState<TLiveStatus>({ state: "live", checkedAt: null });
  const etag = useRef<string | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const controller = new AbortController();

    async function poll() {
      clearTimeout(timer);
      if (document.hidden) {
        setStatus((previous) => ({ ...previous, state: "paused" }));
        return;
      }
      try {
        const response = await fetch(`/api/v1/assessments/${assessmentId}/presenter`, {
          headers: etag.current ? { "if-none-match": etag.current } : {},
          cache: "no-store",
          signal: controller.signal,
        });
        if (response.status === 200) {
          const parsed = ZPresenterLive.safeParse(await response.json());
          if (!parsed.success) throw new Error("unexpected presenter data");
          etag.current = response.headers.get("etag");
          setLive(parsed.data);
        } else if (response.status !== 304) {
          throw new Error(`presenter data: HTTP ${response.status}`);
        }
        setStatus({ state: "live", checkedAt: new Date() });
      } catch {
        if (controller.signal.aborted) return;
        setStatus((previous) => ({ ...previous, state: "offline" }));
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    }

    const onVisibility = () => {
      if (!document.hidden) void poll();
    };
    document.addEventListener("visibilitychange", onVisibility);
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [assessmentId]);

  return { live, status };
}
