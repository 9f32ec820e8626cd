"use client";

import { useCallback, useEffect, useState } from "react";

/** The Fullscreen API on the whole page, and whether it is on (the user can also leave with Esc). */
export function useFullscreen(): { active: boolean; toggle: () => void; exit: () => void } {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const update = () => setActive(Boolean(document.fullscreenElement));
    update();
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) exit();
    // Refused without a user gesture or in a frame that forbids it; the page still works windowed.
    else void document.documentElement.requestFullscreen?.({ navigationUI: "hide" }).catch(() => undefined);
  }, [exit]);
  return { active, toggle, exit };
}
