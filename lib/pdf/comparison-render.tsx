import { renderToBuffer } from "@react-pdf/renderer";

import { coverStrings } from "./cover-text";
import { ComparisonDocument, type TComparisonDocumentProps } from "./comparison-document";
import { fontCoverage, registerPdfFonts } from "./register-fonts";

/** The milestone comparison as a PDF (bundled fonts, no browser); characters no font has print as "[?]". */
export async function renderComparisonPdf(props: TComparisonDocumentProps): Promise<Buffer> {
  registerPdfFonts();
  const covers = await fontCoverage();
  const printable = coverStrings({ comparison: props.comparison, review: props.review }, covers);
  return renderToBuffer(<ComparisonDocument {...props} {...printable} />);
}
