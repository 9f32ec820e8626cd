"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import { PASSWORD_MIN_LENGTH, ZNewPasswordInput, fieldErrors } from "@/lib/auth/schemas";
import { authRequest, type TAuthFieldErrors } from "./auth-request";
import { FormError, FormField } from "./form-field";
import { focusFirstError } from "./focus-first-error";

export function NewPasswordForm({ token }: { token: string }) {
  const [errors, setErrors] = useState<TAuthFieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(form: HTMLFormElement) {
    const parsed = ZNewPasswordInput.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(found);
      focusFirstError(form, found);
      return;
    }
    setBusy(true);
    setErrors({});
    const result = await authRequest("reset-password", { token, newPassword: parsed.data.password });
    setBusy(false);
    if (result.ok) setDone(true);
    else {
      setErrors(result.errors);
      focusFirstError(form, result.errors);
    }
  }

  if (done) {
    return (
      <div role="status" className="grid gap-4">
        <h2 className="text-heading">Your password is changed</h2>
        <p className="text-muted">You were signed out everywhere else. Sign in with the new password.</p>
        <div>
          <LinkButton href="/sign-in" size="lg">
            Sign in
          </LinkButton>
        </div>
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
      <FormField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        error={errors.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
      />
      <FormField name="confirm" label="The same again" type="password" autoComplete="new-password" required error={errors.confirm} />
      <FormError message={errors.form} />
      {errors.form ? (
        <p className="text-sm">
          <Link href="/reset-password" className="text-accent underline decoration-accent/40 hover:decoration-accent">
            Ask for a new link
          </Link>
        </p>
      ) : null}
      <Button type="submit" size="lg" disabled={busy} className="w-full">
        {busy ? "Saving…" : "Set the new password"}
      </Button>
    </form>
  );
}
