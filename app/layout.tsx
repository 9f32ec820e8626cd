import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { SkipLink } from "@/components/site/skip-link";
import { ThemeScript } from "@/components/ui/theme-script";
import { fontVariables } from "./fonts/fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Faultline: an architecture review for growing backends",
    template: "%s · Faultline",
  },
  description:
    "Answer diagnostic questions about how your backend behaves under growth and get a risk report " +
    "that cites your answers and recommends a path: full rewrite, more infrastructure, a targeted " +
    "refactor or a system audit.",
  applicationName: "Faultline",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f5f0" },
    { media: "(prefers-color-scheme: dark)", color: "#111315" },
  ],
};

// data-theme is set by ThemeScript before paint when the reader has chosen a theme, hence
// suppressHydrationWarning on <html>. <main> lives here: pages render their content without one.
export default async function RootLayout({ children }: { children: ReactNode }) {
  // The Content-Security-Policy allows only scripts with this request's nonce (proxy.ts).
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" className={fontVariables} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="flex min-h-dvh flex-col bg-bg text-ink">
        <SkipLink />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
