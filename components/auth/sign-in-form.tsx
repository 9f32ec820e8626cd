"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ZSignInInput, fieldErrors } from "@/lib/auth/schemas";
import { authRequest, type TAuthFieldErrors } from "./auth-request";
import { FormError, FormField } from "./form-field";
import { focusFirstError } from "./focus-first-error";

export function SignInForm({ next, email = "" }: { next: string; email?: string }) {
  const [errors, setErrors] = useState<TAuthFieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const data = Object.fromEntries(new FormData(form));
    const parsed = ZSignInInput.safeParse(data);
    if (!parsed.success) {
      const next = fieldErrors(parsed.error);
      setErrors(next);
      focusFirstError(form, next);
      return;
    }
    setBusy(true);
    setErrors({});
    const result = await authRequest("sign-in/email", { ...parsed.data, rememberMe: true });
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
      aria-describedby="form-error"
    >
      <FormField name="email" label="Email" type="email" autoComplete="email" inputMode="email" defaultValue={email} required error={errors.email} />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      {/* After the field, not beside its label: Tab goes from email straight to password. */}
      <p className="-mt-3 text-right text-sm">
        <Link href="/reset-password" className="text-accent underline decoration-accent/40 hover:decoration-accent">
          Forgot your password?
        </Link>
      </p>
      <FormError message={errors.form} />
      <Button type="submit" size="lg" disabled={busy} className="w-full">
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
