import { ResendVerificationButton } from "@/components/auth/resend-verification-button";

/** A calm reminder for accounts whose email is not confirmed yet. */
export function VerifyEmailNotice({ email }: { email: string }) {
  return (
    <div role="note" className="flex flex-col gap-3 rounded-xl border border-line border-l-4 border-l-risk-medium bg-surface p-4 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-[0.9375rem]">
        <strong className="font-medium">Confirm your email.</strong> <span className="text-muted">We sent a link to {email}, so that resets and invitations reach you.</span>
      </p>
      <ResendVerificationButton email={email} />
    </div>
  );
}
