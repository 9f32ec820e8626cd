"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import type { TPresenterDeck } from "@/lib/presenter/get-presenter";
import type { TPresenterLiveQuestion } from "@/lib/presenter/presenter-view";
import { DistributionChart } from "./distribution-chart";
import { JumpDialog, ShortcutsDialog } from "./presenter-dialogs";
import { QuestionAside } from "./question-aside";
import { useFullscreen } from "./use-fullscreen";
import { usePresenterKeys, type TPresenterAction } from "./use-presenter-keys";
import { usePresenterLive, type TLiveStatus } from "./use-presenter-live";

type TDialog = "shortcuts" | "jump" | null;

/**
 * Presenter mode for the live session: one question at a time over the whole screen, the team's
 * answers as a distribution, driven from the keyboard (use-presenter-keys.ts). The URL follows the
 * question (?q=…, &diverging=1), so a reload or a shared laptop stays on the same slide.
 */
export function Presenter({ deck, initialQuestionId, initialDivergingOnly }: { deck: TPresenterDeck; initialQuestionId?: string; initialDivergingOnly: boolean }) {
  const { slides } = deck;
  const { live, status } = usePresenterLive(deck.assessmentId, deck.live);
  const fullscreen = useFullscreen();
  const [currentId, setCurrentId] = useState(() => slides.find((slide) => slide.id === initialQuestionId)?.id ?? slides[0]!.id);
  const [divergingOnly, setDivergingOnly] = useState(initialDivergingOnly);
  const [notesVisible, setNotesVisible] = useState(false);
  const [dialog, setDialog] = useState<TDialog>(null);
  const root = useRef<HTMLDivElement>(null);
  useInertOutside(root);

  const diverging = useMemo(() => new Set(slides.filter((slide) => live.questions[slide.id]?.diverging).map((slide) => slide.id)), [slides, live]);
  const current = slides.find((slide) => slide.id === currentId) ?? slides[0]!;
  // With the filter on, the current question stays on screen even if new answers settle it: the
  // presenter moves on when they choose to. Next and previous skip to questions that still differ.
  const stops = divergingOnly ? slides.filter((slide) => diverging.has(slide.id)) : slides;
  const next = stops.find((slide) => slide.number > current.number);
  const previous = stops.findLast((slide) => slide.number < current.number);
  const filteredPosition = stops.filter((slide) => slide.number <= current.number).length;

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("q", current.id);
    if (divergingOnly) url.searchParams.set("diverging", "1");
    else url.searchParams.delete("diverging");
    window.history.replaceState(window.history.state, "", url);
  }, [current.id, divergingOnly]);

  const toggleDiverging = () => {
    if (!divergingOnly && !diverging.has(current.id)) {
      const first = slides.find((slide) => slide.number >= current.number && diverging.has(slide.id)) ?? slides.find((slide) => diverging.has(slide.id));
      if (first) setCurrentId(first.id);
    }
    setDivergingOnly(!divergingOnly);
  };

  const jump = useCallback(
    (id: string) => {
      setCurrentId(id);
      // Jumping to a question the filter hides means the presenter wants it: show every question again.
      if (!diverging.has(id)) setDivergingOnly(false);
      setDialog(null);
    },
    [diverging],
  );

  usePresenterKeys((action: TPresenterAction) => {
    const go = (slide: { id: string } | undefined) => slide && setCurrentId(slide.id);
    const actions: Record<TPresenterAction, () => void> = {
      next: () => go(next),
      previous: () => go(previous),
      first: () => go(stops[0]),
      last: () => go(stops.at(-1)),
      jump: () => setDialog("jump"),
      notes: () => setNotesVisible((on) => !on),
      diverging: toggleDiverging,
      fullscreen: fullscreen.toggle,
      exitFullscreen: fullscreen.exit,
      shortcuts: () => setDialog("shortcuts"),
    };
    actions[action]();
  });

  const question = live.questions[current.id];
  const respondents = live.respondents.length;
  return (
    <div ref={root} data-presenter className="fixed inset-0 z-40 flex flex-col overflow-y-auto bg-bg text-ink">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line px-4 py-2 sm:px-8">
        <Link href={`/reviews/${deck.assessmentId}/consolidate`} className="inline-flex min-h-10 items-center text-sm text-muted no-underline hover:text-ink hover:underline">
          <span aria-hidden="true">←&nbsp;</span>Leave presenter
        </Link>
        <p className="min-w-0 flex-1 truncate text-sm text-muted">
          <span className="text-ink">{deck.title}</span>
          {deck.organization ? ` · ${deck.organization}` : null}
        </p>
        <LiveBadge status={status} />
        <div className="flex flex-wrap items-center gap-1.5" role="group" aria-label="Presenter controls">
          <Toggle pressed={divergingOnly} onClick={toggleDiverging} shortcut="D">
            Diverging only
          </Toggle>
          <Toggle pressed={notesVisible} onClick={() => setNotesVisible((on) => !on)} shortcut="N">
            Notes
          </Toggle>
          <Toggle pressed={fullscreen.active} onClick={fullscreen.toggle} shortcut="F">
            Full screen
          </Toggle>
          <Button variant="secondary" size="sm" onClick={() => setDialog("shortcuts")} aria-keyshortcuts="Shift+?">
            Shortcuts <Kbd>?</Kbd>
          </Button>
          <ThemeToggle />
        </div>
      </header>

      <section aria-labelledby="slide-prompt" className="mx-auto w-full max-w-[1760px] flex-1 px-5 py-6 sm:px-10 lg:py-8 2xl:px-14">
        {divergingOnly && diverging.size === 0 ? (
          <p role="status" className="mb-6 rounded-lg border border-line-strong/60 bg-surface px-4 py-3 text-lg">
            No question divides the team so far. Press <Kbd>D</Kbd> to show every question.
          </p>
        ) : null}
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-1">
          <p className="eyebrow text-muted">{current.sectionTitle}</p>
          <p className="font-mono text-[clamp(1rem,0.85rem+0.45vw,1.375rem)] tabular-nums" data-progress>
            Question {current.number} of {slides.length}
            {divergingOnly ? (
              <span className="text-muted">
                {" "}
                · differs {diverging.has(current.id) ? filteredPosition : "–"} of {diverging.size}
              </span>
            ) : null}
          </p>
        </div>
        <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-sunken" aria-hidden="true">
          <div className="h-full rounded-full bg-accent transition-[width] duration-300" style={{ width: `${(current.number / slides.length) * 100}%` }} />
        </div>
        {/* Announces each new slide to screen readers; the heading below is what sighted people read. */}
        <p className="sr-only" aria-live="polite" aria-atomic="true">
          Question {current.number} of {slides.length}: {current.prompt}
        </p>
        {/* Phone and laptop: the question, the answers, then the aside. Wide screens: the question and
            the aside on the left, the answers filling the right. */}
        <div className="mt-6 grid gap-x-16 gap-y-10 lg:mt-8 xl:grid-cols-[minmax(0,0.85fr)_minmax(0,1.15fr)] xl:grid-rows-[auto_1fr]">
          <div>
            <h1 id="slide-prompt" className="max-w-[40ch] font-serif text-[clamp(1.75rem,1rem+2vw,3.25rem)] leading-[1.12] tracking-[-0.01em]">
              {current.prompt}
            </h1>
            <p className="eyebrow mt-5 text-muted">Why we ask</p>
            <p className="mt-1 max-w-[65ch] text-[clamp(1.0625rem,0.9rem+0.45vw,1.4375rem)] leading-relaxed text-muted">{current.help}</p>
          </div>
          <section aria-labelledby="answers-title" className="xl:col-start-2 xl:row-span-2 xl:row-start-1 xl:border-l xl:border-line xl:pl-16">
            <div className="mb-3 flex flex-wrap items-center gap-3">
              <h2 id="answers-title" className="eyebrow text-muted">
                The team’s answers
              </h2>
              <AgreementBadge question={question} />
            </div>
            {question ? (
              <DistributionChart distribution={question.distribution} agreedBuckets={question.agreed?.buckets ?? []} total={respondents} />
            ) : null}
          </section>
          <div className="xl:col-start-1 xl:row-start-2">
            <QuestionAside question={question} notesVisible={notesVisible} />
          </div>
        </div>
      </section>

      <footer className="sticky bottom-0 flex items-center justify-between gap-3 border-t border-line bg-bg/95 px-4 py-3 backdrop-blur sm:px-8">
        <Button variant="secondary" onClick={() => previous && setCurrentId(previous.id)} disabled={!previous} aria-keyshortcuts="ArrowLeft PageUp">
          <span aria-hidden="true">←</span> Previous
        </Button>
        <button type="button" onClick={() => setDialog("jump")} aria-keyshortcuts="G" className="min-h-10 rounded-md px-3 text-sm text-muted hover:bg-sunken hover:text-ink">
          Go to<span className="max-sm:sr-only"> question</span> <Kbd>G</Kbd>
        </button>
        <Button onClick={() => next && setCurrentId(next.id)} disabled={!next} aria-keyshortcuts="ArrowRight Space PageDown">
          Next <span aria-hidden="true">→</span>
        </Button>
      </footer>

      <ShortcutsDialog open={dialog === "shortcuts"} onClose={() => setDialog(null)} />
      <JumpDialog open={dialog === "jump"} onClose={() => setDialog(null)} slides={slides} diverging={diverging} currentId={current.id} onJump={jump} />
    </div>
  );
}

/**
 * The presenter covers the site's header and footer; make them inert while it does, so Tab does not
 * wander into links nobody can see (and screen readers do not read them).
 */
function useInertOutside(ref: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const inside = ref.current;
    if (!inside) return;
    const changed: HTMLElement[] = [];
    let node: HTMLElement | null = inside;
    // Walk up to <body>, making every sibling on the way inert (header, footer, skip link).
    while (node && node !== document.body) {
      const parent: HTMLElement | null = node.parentElement;
      for (const sibling of Array.from(parent?.children ?? [])) {
        if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert || sibling.localName === "next-route-announcer") continue;
        sibling.inert = true;
        changed.push(sibling);
      }
      node = parent;
    }
    return () => changed.forEach((element) => (element.inert = false));
  }, [ref]);
}

function Kbd({ children }: { children: ReactNode }) {
  return <kbd className="rounded border border-line-strong/70 bg-sunken px-1.5 font-mono text-[0.8em] text-ink">{children}</kbd>;
}

function Toggle({ pressed, onClick, shortcut, children }: { pressed: boolean; onClick: () => void; shortcut: string; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      onClick={onClick}
      className={`inline-flex h-9 items-center gap-2 rounded-md border px-3 text-sm font-medium transition-colors ${
        pressed ? "border-ink bg-ink text-bg" : "border-line-strong/70 text-ink hover:border-ink hover:bg-surface"
      }`}
    >
      <span aria-hidden="true" className="font-mono">
        {pressed ? "●" : "○"}
      </span>
      {children}
    </button>
  );
}

/** Differs or agrees, in words and a sign: the point of the live session is to talk about the first. */
function AgreementBadge({ question }: { question: TPresenterLiveQuestion | undefined }) {
  if (!question || question.distribution.answered < 2) return null;
  const level = question.divergence.level === "none" ? "" : ` · ${question.divergence.level} divergence`;
  return question.diverging ? (
    <span className="rounded-full border-2 border-ink px-3 py-0.5 text-sm font-semibold" data-agreement="differs">
      <span aria-hidden="true">≠ </span>Team differs{level}
    </span>
  ) : (
    <span className="rounded-full border border-line-strong px-3 py-0.5 text-sm font-medium" data-agreement="agrees">
      <span aria-hidden="true">= </span>Team agrees
    </span>
  );
}

function LiveBadge({ status }: { status: TLiveStatus }) {
  const text = status.state === "offline" ? "Offline: showing the last answers" : status.state === "paused" ? "Paused while hidden" : "Live";
  return (
    <p className="flex items-center gap-2 text-sm text-muted" title={status.checkedAt ? `Checked at ${status.checkedAt.toLocaleTimeString()}` : undefined}>
      <span aria-hidden="true" className={`inline-block size-2.5 rounded-full ${status.state === "live" ? "bg-risk-low" : status.state === "offline" ? "bg-risk-high" : "bg-line-strong"}`} />
      {text}
    </p>
  );
}
