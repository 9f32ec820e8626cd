import type { Metadata } from "next";
import { AuditTrail } from "@/components/finding-reviews/audit-trail";
import { NoAccess } from "@/components/reviews/no-access";
import { ReviewNav } from "@/components/reviews/review-nav";
import { Container } from "@/components/ui/container";
import { capabilitiesOf } from "@/lib/assessments/access";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { reviewWorkspace } from "@/lib/assessments/review-workspace";
import { listReviewAudit, reviewHeading, ZAuditQuery } from "@/lib/finding-reviews/review-audit-trail";

// Private, and always current.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Audit trail", robots: { index: false, follow: false } };

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const access = await pageReviewAccess(id, "read");
  if (!access) return <NoAccess />;
  const raw = await searchParams;
  const query = ZAuditQuery.safeParse({ cursor: typeof raw.cursor === "string" ? raw.cursor : undefined });
  const cursor = query.success ? query.data : ZAuditQuery.parse({});
  const [page, heading, workspace] = await Promise.all([
    listReviewAudit(access.assessmentId, cursor).catch(() => listReviewAudit(access.assessmentId, ZAuditQuery.parse({}))),
    reviewHeading(access.assessmentId),
    reviewWorkspace(access.workspaceId),
  ]);
  return (
    <>
      <ReviewNav assessmentId={id} current="audit" capabilities={capabilitiesOf(access)} workspace={workspace} />
      <Container width="default" className="py-12 sm:py-16">
        <p className="eyebrow text-accent">Audit trail</p>
        <h1 className="mt-3 text-title">{heading?.title ?? "Review"}</h1>
        <p className="mt-4 max-w-prose text-muted">
          Everything that changed this review, newest first: who did it and when. Reviewer notes and severity adjustments are
          recorded with what they replaced, so nothing a reviewer wrote is lost.
        </p>
        <div className="mt-10">
          <AuditTrail
            events={page.events}
            olderHref={page.nextCursor ? `/reviews/${id}/audit?cursor=${encodeURIComponent(page.nextCursor)}` : null}
            newestHref={raw.cursor ? `/reviews/${id}/audit` : null}
          />
        </div>
      </Container>
    </>
  );
}
