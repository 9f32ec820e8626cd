import { Text, View } from "@react-pdf/renderer";

import type { TReport } from "../scoring/report-schema";
import { splitLabelled } from "./format";
import { Section, Tag } from "./primitives";
import { COLOR, s } from "./theme";

const STATE_LABEL = { answered: "Answered", partial: "Partly answered", unknown: "Gap" } as const;
const MISSING = /^(Don['’]t know|Not answered)/i;

function Card({ item, index }: { item: TReport["loadShape"][number]; index: number }) {
  const gap = item.state === "unknown";
  return (
    <View
      wrap={false}
      style={{
        flexGrow: 1,
        padding: 12,
        borderWidth: 0.75,
        borderColor: gap ? COLOR.faint : COLOR.line,
        borderStyle: gap ? "dashed" : "solid",
      }}
    >
      <View style={{ flexDirection: "row", justifyContent: "space-between", alignItems: "center" }}>
        <Text style={[s.mono, s.muted, s.small]}>{String(index + 1).padStart(2, "0")}</Text>
        <Tag dashed={gap}>{STATE_LABEL[item.state]}</Tag>
      </View>
      <Text style={[s.heading, { marginTop: 6 }]}>{item.question}</Text>
      {splitLabelled(item.answer).map((part, j) => (
        <View key={j} style={{ marginTop: 6 }}>
          {part.label ? <Text style={[s.small, s.muted]}>{part.label}</Text> : null}
          <Text style={MISSING.test(part.text) ? { color: COLOR.muted } : {}}>{part.text}</Text>
        </View>
      ))}
      {gap ? (
        <Text style={[s.small, { marginTop: 8, paddingTop: 6, borderTopWidth: 0.6, borderTopColor: COLOR.faint, borderStyle: "dashed" }]}>
          Without an answer here, scaling becomes reactive by default: this is worth finding out first.
        </Text>
      ) : null}
    </View>
  );
}

/** The article's four load-shape questions, answered from the review; a gap is shown as one. */
export function LoadShapeSection({ loadShape }: { loadShape: TReport["loadShape"] }) {
  const rows = Array.from({ length: Math.ceil(loadShape.length / 2) }, (_, r) => loadShape.slice(r * 2, r * 2 + 2));
  return (
    <Section
      number="06"
      title="Load shape"
      id="load-shape"
      intro="The four questions to answer before choosing how to scale: where spikes come from, what blocks, what can wait and what cannot."
    >
      {rows.map((row, r) => (
        <View key={r} style={{ flexDirection: "row", marginTop: r === 0 ? 0 : 12 }}>
          {row.map((item, i) => (
            <View key={item.id} style={{ width: "48.5%", marginLeft: i === 0 ? 0 : "3%", flexDirection: "column" }}>
              <Card item={item} index={r * 2 + i} />
            </View>
          ))}
        </View>
      ))}
    </Section>
  );
}
