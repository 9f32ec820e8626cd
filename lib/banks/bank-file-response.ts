import type { TBankFile } from "./export-bank";

/** A bank file as a download: its type, a file name, and how long it may be cached. */
export function bankFileResponse(file: TBankFile, cacheControl: string): Response {
  return new Response(file.text, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": cacheControl,
    },
  });
}
