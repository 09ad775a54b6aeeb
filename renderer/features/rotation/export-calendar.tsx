/** "Export calendar (.ics)": the next 90 days of the team or the selected engineer, saved where the user picks. */
import { errorText } from "../../api";
import { daysAfter, useExportCalendar } from "../../queries/rotation";

const EXPORT_DAYS = 90;

/** The button and what became of the last export; `at` is main's now. */
export function ExportCalendar({ at, engineer, name }: { at: string; engineer: string | undefined; name: string | undefined }) {
  const exportCalendar = useExportCalendar();
  const result = exportCalendar.data;
  return (
    <span className="export">
      {exportCalendar.isError && <span className="status status--error">{errorText(exportCalendar.error)}</span>}
      {result && (
        <span className="cell__detail" role="status">
          {result.saved ? `Saved ${result.path ?? ""}` : "Not saved"}
        </span>
      )}
      <button
        type="button"
        className="button"
        disabled={exportCalendar.isPending}
        title={`The next ${EXPORT_DAYS} days of ${name ?? "the team"}`}
        onClick={() => exportCalendar.mutate({ from: at, to: daysAfter(at, EXPORT_DAYS), engineer })}
      >
        Export calendar (.ics)
      </button>
    </span>
  );
}
