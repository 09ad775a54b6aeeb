/** The schedule check (lint): findings by severity then time, each with when, who, what and what to do. */
import type { FindingJson } from "../../../shared/domain/rotation/report-json";
import { errorText } from "../../api";
import { Badge } from "../../components/badge";
import { ZonedTime } from "../../components/zoned-time";
import { daysAfter, useLint } from "../../queries/rotation";
import { RangeChips } from "../../components/range-chips";

const SEVERITY_RANK: Record<FindingJson["severity"], number> = { error: 0, warning: 1, info: 2 };

/** The ranges the check offers, in days from now; 90 is the default. */
export const CHECK_DAYS = [30, 90, 365] as const;

function bySeverityThenTime(a: FindingJson, b: FindingJson): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Date.parse(a.start) - Date.parse(b.start);
}

function FindingItem({ finding, zone, names }: { finding: FindingJson; zone: string; names: ReadonlyMap<string, string> }) {
  return (
    <li className={`finding finding--${finding.severity}`} data-kind={finding.kind} data-severity={finding.severity}>
      <div className="finding__head">
        <Badge kind={`severity-${finding.severity}`}>{finding.severity}</Badge>
        <span className="cell__detail">
          <ZonedTime iso={finding.start} zone={zone} /> → <ZonedTime iso={finding.end} zone={zone} />
        </span>
        {finding.engineers.length > 0 && <span className="finding__who">{finding.engineers.map((id) => names.get(id) ?? id).join(", ")}</span>}
      </div>
      <p className="finding__message">{finding.message}</p>
      <p className="finding__fix">
        <span className="finding__fix-label">What to do:</span> {finding.suggestion}
      </p>
    </li>
  );
}

/** The check over `days` from main's now `at`; `names` maps engineer ids to names. */
export function ScheduleCheck({ at, days, onDays, names }: { at: string; days: number; onDays: (days: number) => void; names: ReadonlyMap<string, string> }) {
  const lint = useLint(at, daysAfter(at, days));
  const findings = [...(lint.data?.findings ?? [])].sort(bySeverityThenTime);
  const count = (severity: FindingJson["severity"]) => findings.filter((f) => f.severity === severity).length;
  return (
    <div className="check">
      <div className="subbar">
        <span className="check__summary" aria-label="Check summary">
          {lint.data ? (
            <>
              <Badge kind="severity-error">{count("error")} errors</Badge> <Badge kind="severity-warning">{count("warning")} warnings</Badge>
              {count("info") > 0 && <Badge kind="severity-info">{count("info")} info</Badge>}
            </>
          ) : (
            <span className="muted">Checking…</span>
          )}
        </span>
        <RangeChips label="Check range" options={CHECK_DAYS.map((d) => ({ value: d, label: `${d} days` }))} value={days} onChange={onDays} />
      </div>
      {lint.isError && <p className="status status--error">Could not check the schedule: {errorText(lint.error)}</p>}
      {lint.data && findings.length === 0 && <p className="status">No problems in the next {days} days.</p>}
      {lint.data && findings.length > 0 && (
        <ul className="findings" aria-label="Findings">
          {findings.map((f) => (
            <FindingItem key={`${f.kind}-${f.start}-${f.engineers.join(",")}`} finding={f} zone={lint.data!.zone} names={names} />
          ))}
        </ul>
      )}
    </div>
  );
}
