"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ZResetRequestInput, fieldErrors } from "@/lib/auth/schemas";
import { authRequest, type TAuthFieldErrors } from "./auth-request";
import { FormError, FormField } from "./form-field";
import { focusFirstError } from "./focus-first-error";

export function RequestResetForm({ showDevMailbox }: { showDevMailbox: boolean }) {
  const [errors, setErrors] = useState<TAuthFieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(form: HTMLFormElement) {
    const parsed = ZResetRequestInput.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(found);
      focusFirstError(form, found);
      return;
    }
    setBusy(true);
    setErrors({});
    const result = await authRequest("request-password-reset", { email: parsed.data.email, redirectTo: "/reset-password" });
    setBusy(false);
    if (result.ok) setSentTo(parsed.data.email);
    else {
      setErrors(result.errors);
      focusFirstError(form, result.errors);
    }
  }

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
      onSubmit={(event) => {
        event.preventDefault();
        void submit(event.currentTarget);
      }}
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
