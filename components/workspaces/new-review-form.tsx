"use client";

import { useActionState } from "react";
import { FormError, FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { IDLE_STATE } from "@/lib/workspaces/action-state";
import { createReviewAction } from "@/lib/workspaces/actions";
import { SelectChevron } from "./select-chevron";
import { SELECT_CLASSES } from "./select-classes";

/** A consultant starts a review for a client; next they add the client's people on the review's Team page. */
export function NewReviewForm({ workspaceId, banks }: { workspaceId: string; banks: { id: string; label: string }[] }) {
  const [state, action, pending] = useActionState(createReviewAction, IDLE_STATE);
  return (
    <form action={action} noValidate className="grid gap-5">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <FormField name="title" idPrefix="review-" label="Title" placeholder="Backend review, spring 2027" required maxLength={200} error={state.fieldErrors?.title} />
      <FormField name="organization" idPrefix="review-" label="Client" placeholder="Acme Ltd" maxLength={200} error={state.fieldErrors?.organization} />
      <div>
        <label htmlFor="review-questionnaireVersionId" className="font-medium">
          Question bank
        </label>
        <div className="relative mt-1.5">
          <select
            id="review-questionnaireVersionId"
            name="questionnaireVersionId"
            defaultValue={banks[0]?.id}
            className={`${SELECT_CLASSES} h-12 text-base`}
            aria-describedby="review-questionnaireVersionId-error"
            aria-invalid={state.fieldErrors?.questionnaireVersionId ? true : undefined}
          >
            {banks.map((bank) => (
              <option key={bank.id} value={bank.id}>
                {bank.label}
              </option>
            ))}
          </select>
          <SelectChevron />
        </div>
        <p id="review-questionnaireVersionId-error" aria-live="polite" className="mt-1.5 text-sm text-risk-high empty:hidden">
          {state.fieldErrors?.questionnaireVersionId}
        </p>
      </div>
      <FormError id="review-form-error" message={state.status === "error" ? state.message : undefined} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Starting…" : "Start the review"}
        </Button>
      </div>
    </form>
  );
}
