import { buttonClasses } from "@/components/ui/button";

/** Download links for the report as a PDF, on A4 or US Letter. */
export function PdfDownloads({ href }: { href: string }) {
  return (
    <>
      <a href={href} download className={buttonClasses({ variant: "primary", size: "sm" })}>
        Download PDF
      </a>
      <a href={`${href}?paper=letter`} download className={buttonClasses({ variant: "secondary", size: "sm" })}>
        PDF, US Letter
      </a>
    </>
  );
}
