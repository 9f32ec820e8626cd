"use client";

import { useState, type FormEvent } from "react";
import { FormError, FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";
import { callRespondentsApi } from "./api";

/** Name, role and optional email of someone to invite; the new link goes to onInvited. */
export function InviteRespondentForm({ assessmentId, onInvited }: { assessmentId: string; onInvited: (created: { name: string; link: string }) => void }) {
  const [pending, setPending] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [formKey, setFormKey] = useState(0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setMessage(undefined);
    const result = await callRespondentsApi<{ name: string; link: string }>(`/api/v1/assessments/${assessmentId}/respondents`, {
      method: "POST",
      body: { name: String(data.get("name") ?? ""), role: String(data.get("role") ?? "") || undefined, email: String(data.get("email") ?? "") || undefined },
    });
    setPending(false);
    if (!result.ok) {
      setFields(result.fields);
      setMessage(Object.keys(result.fields).length ? undefined : result.message);
      return;
    }
    setFields({});
    setFormKey((k) => k + 1);
    onInvited(result.body);
  }

  return (
    <form key={formKey} onSubmit={submit} noValidate className="grid gap-4" aria-labelledby="invite-respondent-title">
      <h2 id="invite-respondent-title" className="font-serif text-heading">
        Invite someone to answer
      </h2>
      <FormField name="name" idPrefix="respondent-" label="Name" autoComplete="off" required error={fields.name} />
      <FormField name="role" idPrefix="respondent-" label="Role" hint="What they do, e.g. CTO or senior engineer: shown beside their answers." autoComplete="off" error={fields.role} />
      <FormField name="email" idPrefix="respondent-" label="Email (optional)" type="email" inputMode="email" autoComplete="off" hint="For your reference; Faultline sends no mail." error={fields.email} />
      <FormError id="invite-respondent-error" message={message} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating the link…" : "Create their private link"}
        </Button>
      </div>
    </form>
  );
}
