import { Text, View } from "@react-pdf/renderer";

import { COLOR, MARGIN, s, SIZE } from "./theme";

// The running header and the footer sit in the page's top and bottom margins (MARGIN.band from the
// edge), repeated on every page of the flow (`fixed`); the page's padding keeps content clear of them.

const small = { fontSize: SIZE.small - 0.5, color: COLOR.muted } as const;

/** The running header (review title · organisation) and footer (Page X of Y) of every page but the cover. */
export function PageFrame({ title, organization, pageHeight }: { title: string; organization: string | null; pageHeight: number }) {
  const running = organization ? `${title}  ·  ${organization}` : title;
  return (
    <>
      <View
        fixed
        style={{
          position: "absolute",
          top: MARGIN.band,
          left: MARGIN.side,
          right: MARGIN.side,
          flexDirection: "row",
          alignItems: "flex-end",
          paddingBottom: 5,
          borderBottomWidth: 0.6,
          borderBottomColor: COLOR.line,
        }}
      >
        <Text style={[small, { flex: 1, paddingRight: 16, maxLines: 1, textOverflow: "ellipsis" }]}>
          {running}
        </Text>
        <Text style={[s.eyebrow, { fontSize: 6.25 }]}>Risk report</Text>
      </View>
      <View
        fixed
        // Placed from the top: react-pdf's newer pagination engine resolves `bottom` of a repeated
        // absolute element against the page's content, not the paper, so it would float mid-page.
        style={{ position: "absolute", top: pageHeight - MARGIN.band - 8, left: MARGIN.side, right: MARGIN.side, flexDirection: "row", justifyContent: "space-between" }}
      >
        <Text style={small}>Prepared with Faultline</Text>
        <Text style={[small, s.mono]} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}
