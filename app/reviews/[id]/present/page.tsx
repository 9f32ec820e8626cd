import type { Metadata } from "next";
import { cache } from "react";
import { NoAccess } from "@/components/reviews/no-access";
import { Presenter } from "@/components/presenter/presenter";
import { pageReviewAccess } from "@/lib/assessments/page-access";
import { getPresenterDeck } from "@/lib/presenter/get-presenter";
import { ZPresenterQuery } from "@/lib/presenter/presenter-query";

// Live answers, private to the people running the review.
export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Access first, then the deck; shared by the metadata and the page within one request. */
const loadDeck = cache(async (id: string) => {
  const access = await pageReviewAccess(id, "run");
  return access ? getPresenterDeck(access) : null;
});

// The review's title names the tab only for those who may present it: anyone else gets the generic
// title, so the tab gives away nothing the no-access page does not.
export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const deck = await loadDeck((await params).id);
  return { title: deck ? `${deck.title}: presenter mode` : "Presenter mode", robots: { index: false, follow: false } };
}

export default async function PresentPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const [deck, query] = await Promise.all([loadDeck(id), searchParams.then((raw) => ZPresenterQuery.parse(raw))]);
  if (!deck) return <NoAccess />;
  return <Presenter deck={deck} initialQuestionId={query.q} initialDivergingOnly={query.diverging} />;
}
