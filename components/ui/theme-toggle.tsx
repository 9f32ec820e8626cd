"use client";

import { useLayoutEffect, useSyncExternalStore } from "react";
import { THEME_COOKIE } from "./theme-script";

type Theme = "light" | "dark";

const DARK_QUERY = "(prefers-color-scheme: dark)";
const YEAR = 60 * 60 * 24 * 365;

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? "dark" : "light";
}

function storedTheme(): Theme | null {
  const match = document.cookie.match(new RegExp(`(?:^|; )${THEME_COOKIE}=(light|dark)(?:;|$)`));
  return match ? (match[1] as Theme) : null;
}

function effectiveTheme(): Theme {
  const attr = document.documentElement.getAttribute("data-theme");
  return attr === "light" || attr === "dark" ? attr : systemTheme();
}

function subscribe(onChange: () => void) {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener("change", onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    media.removeEventListener("change", onChange);
    observer.disconnect();
  };
}

/**
 * Stores a choice only when it differs from the system's: choosing the theme the system already
 * prefers clears the cookie, so the page follows the system again (e.g. when it turns dark at dusk).
 */
function chooseTheme(theme: Theme) {
  const root = document.documentElement;
  if (theme === systemTheme()) {
    root.removeAttribute("data-theme");
    document.cookie = `${THEME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
  } else {
    root.setAttribute("data-theme", theme);
    document.cookie = `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${YEAR}; SameSite=Lax`;
  }
}

/** A toggle button for the dark theme. The icon follows the CSS theme, so it never flashes. */
export function ThemeToggle({ className = "" }: { className?: string }) {
  // null during server rendering and hydration: the state is only known in the browser.
  const theme = useSyncExternalStore<Theme | null>(subscribe, effectiveTheme, () => null);

  // The inline script sets data-theme before paint; React's development-only Strict Mode remount
  // resets <html> attributes, so put the stored choice back. A no-op in production.
  useLayoutEffect(() => {
    const stored = storedTheme();
    if (stored && document.documentElement.getAttribute("data-theme") !== stored) {
      document.documentElement.setAttribute("data-theme", stored);
    }
  }, []);

  return (
    <button
      type="button"
      aria-pressed={theme === null ? undefined : theme === "dark"}
      onClick={() => chooseTheme(effectiveTheme() === "dark" ? "light" : "dark")}
      className={`inline-flex size-10 items-center justify-center rounded-md text-muted transition-colors duration-150 hover:bg-sunken hover:text-ink ${className}`}
    >
      <span className="sr-only">Dark theme</span>
      {/* Sun in the light theme, moon in the dark one. */}
      <svg
        viewBox="0 0 20 20"
        aria-hidden="true"
        className="size-5 dark:hidden"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      >
        <circle cx="10" cy="10" r="3.25" />
        <path d="M10 2.5v1.75M10 15.75v1.75M2.5 10h1.75M15.75 10h1.75M4.7 4.7l1.24 1.24M14.06 14.06l1.24 1.24M4.7 15.3l1.24-1.24M14.06 5.94l1.24-1.24" />
      </svg>
      <svg
        viewBox="0 0 20 20"
        aria-hidden="true"
        className="hidden size-5 dark:block"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      >
        <path d="M16.25 12.1A6.5 6.5 0 0 1 7.9 3.75a6.5 6.5 0 1 0 8.35 8.35Z" />
      </svg>
    </button>
  );
}
