import type { Metadata } from "next";
import { NoAccess } from "@/components/reviews/no-access";
import { Presenter } from "@/components/presenter/presenter";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { getPresenterDeck } from "@/lib/presenter/get-presenter";
import { ZPresenterQuery } from "@/lib/presenter/presenter-query";

// Live answers, private to the people running the review.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Presenter mode", robots: { index: false, follow: false } };

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PresentPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const access = await pageReviewAccess(id, "run");
  if (!access) return <NoAccess />;
  const [deck, query] = await Promise.all([getPresenterDeck(access), searchParams.then((raw) => ZPresenterQuery.parse(raw))]);
  return <Presenter deck={deck} initialQuestionId={query.q} initialDivergingOnly={query.diverging} />;
}
