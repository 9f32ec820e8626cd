"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { authRequest } from "./auth-request";

/** Sends a fresh verification link to the signed-in user's address. */
export function ResendVerificationButton({ email }: { email: string }) {
  const [state, setState] = useState<"idle" | "busy" | "sent" | "failed">("idle");
  const [message, setMessage] = useState("");
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <Button
        variant="secondary"
        size="sm"
        disabled={state === "busy"}
        onClick={async () => {
          setState("busy");
          const result = await authRequest("send-verification-email", { email, callbackURL: "/verify-email" });
          setState(result.ok ? "sent" : "failed");
          setMessage(result.ok ? `A new link is on its way to ${email}.` : (result.errors.form ?? "It could not be sent. Try again."));
        }}
      >
        {state === "busy" ? "Sending…" : "Send the link again"}
      </Button>
      <span role="status" className="text-sm text-muted">
        {message}
      </span>
    </span>
  );
}
