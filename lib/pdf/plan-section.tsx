import { Text, View } from "@react-pdf/renderer";

import { RISK_META } from "../../components/ui/risk-levels";
import type { TReport } from "../scoring/report-schema";
import { HORIZON, plural, type TFindingRefs } from "./format";
import { FindingRef, RiskMark, Section } from "./primitives";
import { COLOR, s, SIZE } from "./theme";

const HORIZONS = ["now", "next", "later"] as const;

function HorizonHeading({ horizon, count, first }: { horizon: (typeof HORIZONS)[number]; count: number; first: boolean }) {
  return (
    <View style={{ marginTop: first ? 0 : 22, borderTopWidth: 1.5, borderTopColor: COLOR.ink, paddingTop: 6, flexDirection: "row", alignItems: "baseline" }}>
      <Text style={[s.serif, { fontWeight: 600, fontSize: 14, width: 64 }]}>{HORIZON[horizon].label}</Text>
      <Text style={[s.muted, { flex: 1 }]}>{HORIZON[horizon].blurb}</Text>
      <Text style={[s.small, s.muted]}>{plural(count, "step")}</Text>
    </View>
  );
}

/** Every action of every finding in three horizons; each step names the findings it answers. */
export function PlanSection({ plan, refs }: { plan: TReport["plan"]; refs: TFindingRefs }) {
  return (
    <Section number="05" title="Improvement plan" id="plan" intro="The findings' actions, in the order to take them. Each step names its severity and the findings it answers.">
      {plan.length === 0 ? (
        <Text style={s.muted}>No steps: the plan is made of the findings' actions, and there are no findings.</Text>
      ) : (
        HORIZONS.map((horizon, h) => {
          const steps = plan.filter((step) => step.horizon === horizon);
          const heading = <HorizonHeading horizon={horizon} count={steps.length} first={h === 0} />;
          if (steps.length === 0) {
            return (
              <View key={horizon} wrap={false}>
                {heading}
                <Text style={[s.muted, { marginTop: 6, marginLeft: 64 }]}>Nothing at this horizon.</Text>
              </View>
            );
          }
          // Each step is one unbreakable row (its text comes from the rules, so it is short); the
          // horizon's heading rides with the first so it never ends a page alone.
          return (
            <View key={horizon}>
              {steps.map((step, i) => (
                <View key={i} wrap={false}>
                  {i === 0 ? heading : null}
                  <View style={{ flexDirection: "row", paddingVertical: 5, borderBottomWidth: 0.5, borderBottomColor: COLOR.line }}>
                    <Text style={[s.mono, { width: 64, fontSize: SIZE.small, color: COLOR.muted, paddingTop: 1 }]}>
                      {HORIZON[horizon].label.toUpperCase()} {String(i + 1).padStart(2, "0")}
                    </Text>
                    <Text style={{ flex: 1, paddingRight: 12 }}>{step.action}</Text>
                    <View style={{ width: 92 }}>
                      <View style={{ flexDirection: "row", alignItems: "center" }}>
                        <RiskMark level={step.severity} size={7} />
                        <Text style={[s.small, { marginLeft: 3 }]}>{RISK_META[step.severity].label}</Text>
                      </View>
                      <Text style={[s.small, s.muted]}>
                        {step.findingIds.map((id, j) => (
                          <Text key={id}>
                            {j > 0 ? ", " : ""}
                            <FindingRef findingId={id} refs={refs} />
                          </Text>
                        ))}
                      </Text>
                    </View>
                  </View>
                </View>
              ))}
            </View>
          );
        })
      )}
    </Section>
  );
}
