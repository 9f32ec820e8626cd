import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { NewReviewForm } from "@/components/reviews/new-review-form";

export const metadata: Metadata = { title: "Start a review" };

export default function NewReviewPage() {
  return (
    <Container width="narrow" className="py-14 sm:py-20">
      <p className="text-eyebrow font-medium tracking-(--text-eyebrow--letter-spacing) text-muted uppercase">New architecture review</p>
      <h1 className="mt-3 text-title">Start a review of your backend</h1>
      <p className="mt-4 max-w-prose text-lead text-muted">
        You will answer questions about load, the database, foundations, hidden state, observability and how your team
        shares its understanding of the system. Every answer is saved as you give it.
      </p>
      <div className="mt-10">
        <NewReviewForm />
      </div>
    </Container>
  );
}
