"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ZSignInInput } from "@/lib/auth/schemas";
import { FormError, FormField } from "./form-field";
import { useAuthForm } from "./use-auth-form";

export function SignInForm({ next, email = "" }: { next: string; email?: string }) {
  const { errors, busy, onSubmit } = useAuthForm(
    ZSignInInput,
    (data) => ({ path: "sign-in/email", body: { ...data, rememberMe: true } }),
    () => window.location.assign(next),
  );

  return (
    <form
      noValidate
      onSubmit={onSubmit}
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
