"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PASSWORD_MIN_LENGTH, ZSignUpInput, fieldErrors } from "@/lib/auth/schemas";
import { authRequest, type TAuthFieldErrors } from "./auth-request";
import { FormError, FormField } from "./form-field";
import { focusFirstError } from "./focus-first-error";

export function SignUpForm({ next, email = "" }: { next: string; email?: string }) {
  const [errors, setErrors] = useState<TAuthFieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const parsed = ZSignUpInput.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(found);
      focusFirstError(form, found);
      return;
    }
    setBusy(true);
    setErrors({});
    // The verification link brings the browser back to /verify-email, which says how it went.
    const result = await authRequest("sign-up/email", { ...parsed.data, callbackURL: "/verify-email" });
    if (result.ok) {
      window.location.assign(next);
      return;
    }
    setErrors(result.errors);
    focusFirstError(form, result.errors);
    setBusy(false);
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
      <FormField name="name" label="Your name" autoComplete="name" required maxLength={120} error={errors.name} />
      <FormField
        name="email"
        label="Work email"
        type="email"
        autoComplete="email"
        inputMode="email"
        defaultValue={email}
        required
        error={errors.email}
        hint={email ? "The address your invitation was sent to." : undefined}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        error={errors.password}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong one.`}
      />
      <FormError message={errors.form} />
      <Button type="submit" size="lg" disabled={busy} className="w-full">
        {busy ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
