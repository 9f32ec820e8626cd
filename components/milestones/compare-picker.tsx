import { Button } from "@/components/ui/button";
import type { TMilestoneSummary } from "@/lib/milestones/list-milestones";
import { formatReportDate } from "@/lib/reports/report-text";

type TProps = { assessmentId: string; choices: TMilestoneSummary[]; from: string; to: string };

function optionText(milestone: TMilestoneSummary): string {
  const where = milestone.generation === 0 ? "" : milestone.generation === 1 ? " (previous review)" : ` (${milestone.generation} reviews back)`;
  return `${milestone.number}. ${milestone.label} · ${formatReportDate(milestone.createdAt)}${where}`;
}

/** Which two milestones to compare: a plain GET form, so it works before any script has loaded. */
export function ComparePicker({ assessmentId, choices, from, to }: TProps) {
  const select = "mt-1 block h-11 w-full min-w-0 rounded-md border border-line-strong/70 bg-surface px-3 text-[0.9375rem]";
  return (
    <form method="get" action={`/reviews/${assessmentId}/compare`} className="grid grid-cols-1 gap-4 rounded-xl border border-line bg-surface p-5 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end print:hidden">
      {(
        [
          { name: "from", label: "Before", value: from },
          { name: "to", label: "After", value: to },
        ] as const
      ).map((field) => (
        <div key={field.name} className="min-w-0">
          <label htmlFor={`compare-${field.name}`} className="text-sm font-medium">
            {field.label}
          </label>
          <select id={`compare-${field.name}`} name={field.name} defaultValue={field.value} className={select}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {optionText(choice)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <Button type="submit" variant="secondary">
        Compare
      </Button>
    </form>
  );
}
