"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Ends this browser's session (in the database, so on every instance) and goes home. */
export function SignOutButton({ className = "" }: { className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      className={className}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => null);
        window.location.assign("/");
      }}
    >
      {busy ? "Signing out…" : "Sign out"}
    </Button>
  );
}
