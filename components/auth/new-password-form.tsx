"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, LinkButton } from "@/components/ui/button";
import { PASSWORD_MIN_LENGTH, ZNewPasswordInput } from "@/lib/auth/schemas";
import { FormError, FormField } from "./form-field";
import { useAuthForm } from "./use-auth-form";

export function NewPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const { errors, busy, onSubmit } = useAuthForm(
    ZNewPasswordInput,
    (data) => ({ path: "reset-password", body: { token, newPassword: data.password } }),
    () => setDone(true),
  );

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
      onSubmit={onSubmit}
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
