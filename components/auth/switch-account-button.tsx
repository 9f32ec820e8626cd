"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Signs out and goes to sign-in, coming back to `returnTo`: for "this invitation is for another address". */
export function SwitchAccountButton({ returnTo, email }: { returnTo: string; email: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="lg"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => null);
        window.location.assign(`/sign-in?${new URLSearchParams({ next: returnTo, email })}`);
      }}
    >
      {busy ? "Signing out…" : "Switch account"}
    </Button>
  );
}
