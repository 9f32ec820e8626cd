import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { testEnv } from "../tests/support/test-env";

/**
 * The JavaScript a browser loads to show the questionnaire page (/reviews/{id}) the first time, with an
 * empty cache: every script response of a real Chromium load, as sent (compressed) and as parsed.
 */
export const FIRST_LOAD_JS_BUDGET_GZIP = 170 * 1024;

export type TFirstLoadJs = { files: number; transferBytes: number; decodedBytes: number; gzipBytes: number; largest: { url: string; bytes: number }[] };

export async function measureFirstLoadJs(base: string, review: { id: string; editToken: string }): Promise<TFirstLoadJs> {
  const browser = await chromium.launch({
    executablePath: testEnv.CHROMIUM_PATH,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await (await browser.newContext()).newPage();
    const scripts: Promise<{ url: string; transfer: number; decoded: number; gzip: number }>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      scripts.push(
        (async () => {
          const body = await response.body();
          const sizes = await response.request().sizes();
          return { url: new URL(response.url()).pathname, transfer: sizes.responseBodySize, decoded: body.length, gzip: gzipSync(body).length };
        })(),
      );
    });
    await page.goto(`${base}/reviews/${review.id}/open?token=${encodeURIComponent(review.editToken)}`, { waitUntil: "networkidle" });
    await page.getByTestId("save-status").waitFor();
    const loaded = await Promise.all(scripts);
    return {
      files: loaded.length,
      transferBytes: loaded.reduce((sum, s) => sum + s.transfer, 0),
      decodedBytes: loaded.reduce((sum, s) => sum + s.decoded, 0),
      gzipBytes: loaded.reduce((sum, s) => sum + s.gzip, 0),
      largest: loaded
        .sort((a, b) => b.decoded - a.decoded)
        .slice(0, 3)
        .map((s) => ({ url: s.url, bytes: s.decoded })),
    };
  } finally {
    await browser.close();
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export function firstLoadJsSection(result: TFirstLoadJs): string {
  const within = result.gzipBytes <= FIRST_LOAD_JS_BUDGET_GZIP;
  return [
    `Measured from a real Chromium load of \`/reviews/{id}\` with an empty cache: every script response, summed.`,
    "",
    "| files | sent over the wire | gzip | parsed (uncompressed) | budget (gzip) | |",
    "| --- | --- | --- | --- | --- | --- |",
    `| ${result.files} | ${kib(result.transferBytes)} | ${kib(result.gzipBytes)} | ${kib(result.decodedBytes)} | ${kib(FIRST_LOAD_JS_BUDGET_GZIP)} | ${within ? "within" : "**over**"} |`,
    "",
    `Largest: ${result.largest.map((s) => `\`${s.url.split("/").pop()}\` ${kib(s.bytes)}`).join(", ")}.`,
  ].join("\n");
}
