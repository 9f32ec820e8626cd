"use client";

import Link from "next/link";
import { useEffect, useState } from "react";

type TSession = { user: { name: string; email: string } } | null;

/**
 * "Sign in", or a link to the signed-in person's workspaces: for the site header. It asks for the
 * session in the browser, so pages that show it stay static, and the request also renews the session
 * cookie as better-auth extends the session.
 */
export function AccountNav({ className = "" }: { className?: string }) {
  const [session, setSession] = useState<TSession | undefined>(undefined);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/get-session", { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: TSession) => live && setSession(body?.user ? body : null))
      .catch(() => live && setSession(null));
    return () => {
      live = false;
    };
  }, []);

  const link = "rounded-md px-3 py-2 text-[0.9375rem] text-muted no-underline transition-colors duration-150 hover:text-ink";
  // Reserve the space while loading, so the header does not shift.
  if (session === undefined) return <span className={`inline-block w-[4.5rem] ${className}`} aria-hidden="true" />;
  return session ? (
    <Link href="/workspaces" className={`${link} ${className}`} title={session.user.email}>
      Workspaces
    </Link>
  ) : (
    <Link href="/sign-in" className={`${link} ${className}`}>
      Sign in
    </Link>
  );
}
