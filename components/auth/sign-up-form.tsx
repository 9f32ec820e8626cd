"use client";

import { Button } from "@/components/ui/button";
import { PASSWORD_MIN_LENGTH, ZSignUpInput } from "@/lib/auth/schemas";
import { FormError, FormField } from "./form-field";
import { useAuthForm } from "./use-auth-form";

export function SignUpForm({ next, email = "" }: { next: string; email?: string }) {
  const { errors, busy, onSubmit } = useAuthForm(
    ZSignUpInput,
    // The verification link brings the browser back to /verify-email, which says how it went.
    (data) => ({ path: "sign-up/email", body: { ...data, callbackURL: "/verify-email" } }),
    () => window.location.assign(next),
  );

  return (
    <form
      noValidate
      onSubmit={onSubmit}
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
