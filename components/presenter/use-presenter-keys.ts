"use client";

import { useEffect, useRef } from "react";

export type TPresenterAction = "next" | "previous" | "first" | "last" | "jump" | "notes" | "diverging" | "fullscreen" | "exitFullscreen" | "shortcuts";

/** The keys, in one place: the handler below and the shortcuts dialog both read this list. */
export const SHORTCUTS: { keys: string[]; action: TPresenterAction; label: string }[] = [
  { keys: ["→", "Space", "Page Down"], action: "next", label: "Next question" },
  { keys: ["←", "Page Up"], action: "previous", label: "Previous question" },
  { keys: ["Home"], action: "first", label: "First question" },
  { keys: ["End"], action: "last", label: "Last question" },
  { keys: ["G"], action: "jump", label: "Go to a question: type its number, or pick it from the list" },
  { keys: ["D"], action: "diverging", label: "Only the questions where the team differs, or all" },
  { keys: ["N"], action: "notes", label: "Show or hide respondents' notes" },
  { keys: ["F"], action: "fullscreen", label: "Full screen on or off" },
  { keys: ["Esc"], action: "exitFullscreen", label: "Leave full screen, or close a dialog" },
  { keys: ["?"], action: "shortcuts", label: "These shortcuts" },
];

function actionFor(event: KeyboardEvent): TPresenterAction | null {
  switch (event.key) {
    case "ArrowRight":
    case "PageDown":
    case " ":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "Escape":
      return "exitFullscreen";
    case "?":
      return "shortcuts";
  }
  switch (event.key.toLowerCase()) {
    case "g":
      return "jump";
    case "n":
      return "notes";
    case "d":
      return "diverging";
    case "f":
      return "fullscreen";
  }
  return null;
}

/** Whether the key belongs to what has focus: typing in a field, or activating a focused control. */
function ownedByTarget(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  // A dialog is open (the DOM says so at once; React state follows its close event a moment later).
  if (document.querySelector("dialog[open]")) return true;
  if (!target) return false;
  if (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return true;
  // Space and Enter press a focused button or follow a focused link; leave them that job.
  return (event.key === " " || event.key === "Enter") && Boolean(target.closest("button, a, summary"));
}

/** Presenter mode's keyboard: one listener on the window, ignoring keys that belong to a field or dialog. */
export function usePresenterKeys(onAction: (action: TPresenterAction) => void): void {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (ownedByTarget(event)) return;
      const action = actionFor(event);
      if (!action) return;
      event.preventDefault();
      handler.current(action);
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
