import { Areas } from "@/components/site/landing/areas";
import { Audience } from "@/components/site/landing/audience";
import { ClosingCta } from "@/components/site/landing/closing-cta";
import { Hero } from "@/components/site/landing/hero";
import { HowItWorks } from "@/components/site/landing/how-it-works";
import { Paths } from "@/components/site/landing/paths";
import { Premise } from "@/components/site/landing/premise";

export default function HomePage() {
  return (
    <>
      <Hero />
      <Premise />
      <Areas />
      <Paths />
      <Audience />
      <HowItWorks />
      <ClosingCta />
    </>
  );
}
