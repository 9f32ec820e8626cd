import localFont from "next/font/local";

// Self-hosted from the @fontsource packages (latin subset, OFL licences beside the files), so builds,
// screenshots and PDFs never reach for a font CDN. next/font/local only resolves paths relative to
// this file, which is why the few .woff2 files are copied here rather than read from node_modules.

export const serif = localFont({
  src: [
    { path: "./source-serif-4-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "./source-serif-4-latin-400-italic.woff2", weight: "400", style: "italic" },
    { path: "./source-serif-4-latin-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--font-source-serif",
  display: "swap",
  fallback: ["Georgia", "Times New Roman", "serif"],
  adjustFontFallback: "Times New Roman",
});

export const sans = localFont({
  src: [
    { path: "./ibm-plex-sans-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "./ibm-plex-sans-latin-500-normal.woff2", weight: "500", style: "normal" },
    { path: "./ibm-plex-sans-latin-600-normal.woff2", weight: "600", style: "normal" },
  ],
  variable: "--font-plex-sans",
  display: "swap",
  fallback: ["system-ui", "Segoe UI", "Helvetica Neue", "Arial", "sans-serif"],
});

export const mono = localFont({
  src: [
    { path: "./ibm-plex-mono-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "./ibm-plex-mono-latin-500-normal.woff2", weight: "500", style: "normal" },
  ],
  variable: "--font-plex-mono",
  display: "swap",
  fallback: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
  adjustFontFallback: false,
});

/** Class names that declare the three font CSS variables; put them on <html>. */
export const fontVariables = `${serif.variable} ${sans.variable} ${mono.variable}`;
