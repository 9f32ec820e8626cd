"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ZResetRequestInput } from "@/lib/auth/schemas";
import { FormError, FormField } from "./form-field";
import { useAuthForm } from "./use-auth-form";

export function RequestResetForm({ showDevMailbox }: { showDevMailbox: boolean }) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { errors, busy, onSubmit } = useAuthForm(
    ZResetRequestInput,
    (data) => ({ path: "request-password-reset", body: { email: data.email, redirectTo: "/reset-password" } }),
    (data) => setSentTo(data.email),
  );

  if (sentTo) {
    return (
      <div role="status" className="grid gap-3">
        <h2 className="text-heading">Check your inbox</h2>
        <p className="text-muted">
          If there is an account for <strong className="font-medium text-ink">{sentTo}</strong>, a link to choose a new password is on
          its way. It works once, for one hour.
        </p>
        {showDevMailbox ? (
          <p className="text-sm text-muted">
            No mail server is set up here: read the message in the{" "}
            <a href="/dev/mail" className="text-accent underline decoration-accent/40 hover:decoration-accent">
              local mailbox
            </a>
            .
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      className="grid gap-5"
    >
      <FormField name="email" label="Email" type="email" autoComplete="email" inputMode="email" required error={errors.email} />
      <FormError message={errors.form} />
      <Button type="submit" size="lg" disabled={busy} className="w-full">
        {busy ? "Sending…" : "Send me a reset link"}
      </Button>
    </form>
  );
}
