"use client";

import { useState, type FormEvent } from "react";
import type { z } from "zod";
import { fieldErrors } from "@/lib/auth/schemas";
import { authRequest, type TAuthFieldErrors } from "./auth-request";
import { focusFirstError } from "./focus-first-error";

/**
 * The flow every account form shares: check the fields with their schema, send them to better-auth
 * (`request` names the path and builds the body), then either hand over to `onDone` or show each
 * error at its field with focus on the first. Busy while the request is out.
 */
export function useAuthForm<S extends z.ZodType>(
  schema: S,
  request: (data: z.infer<S>) => { path: string; body: unknown },
  onDone: (data: z.infer<S>) => void,
) {
  const [errors, setErrors] = useState<TAuthFieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(form: HTMLFormElement) {
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(found);
      focusFirstError(form, found);
      return;
    }
    setBusy(true);
    setErrors({});
    const { path, body } = request(parsed.data);
    const result = await authRequest(path, body);
    if (result.ok) {
      onDone(parsed.data);
      // A form that navigates away stays busy until the next page replaces it.
      return;
    }
    setBusy(false);
    setErrors(result.errors);
    focusFirstError(form, result.errors);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(event.currentTarget);
  }

  return { errors, busy, onSubmit };
}
