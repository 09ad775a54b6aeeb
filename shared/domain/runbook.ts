/** Reads a runbook's Markdown: its title, `## ` sections, and the numbered checklist under `## Troubleshooting`. */
import type { Runbook, RunbookSection, RunbookStep } from "./workspace";

/** The sections a runbook is expected to have, in order. */
export const RUNBOOK_SECTIONS = ["Overview", "Technical details", "Monitoring & alerts", "Troubleshooting"] as const;

const STEP_RE = /^\s{0,3}(\d+)[.)]\s+(.+?)\s*$/;

/** Normalises a heading for comparison: case, "&" versus "and", punctuation. */
function headingKey(heading: string): string {
  return heading.toLowerCase().replace(/&/g, "and").replace(/[^a-z]+/g, " ").trim();
}

/** True when `heading` names the section `name` (e.g. "Troubleshooting Steps" names "Troubleshooting"). */
export function isSection(heading: string, name: string): boolean {
  return headingKey(heading).startsWith(headingKey(name));
}

/** Parses one runbook. Never throws; a runbook without steps has `steps: []` (the validator reports it). */
export function parseRunbook(pipelineId: string, file: string, text: string): Runbook {
  const lines = text.split(/\r?\n/);
  let title = pipelineId;
  const sections: (RunbookSection & { startLine: number; lines: string[] })[] = [];
  lines.forEach((line, i) => {
    const h1 = /^#\s+(.+?)\s*#*\s*$/.exec(line);
    const h2 = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (h2) sections.push({ heading: h2[1]!, body: "", startLine: i + 1, lines: [] });
    else if (h1 && sections.length === 0) title = h1[1]!;
    else sections.at(-1)?.lines.push(line);
  });
  const steps: RunbookStep[] = [];
  const troubleshooting = sections.find((s) => isSection(s.heading, "Troubleshooting"));
  troubleshooting?.lines.forEach((line, i) => {
    const m = STEP_RE.exec(line);
    if (m) steps.push({ index: steps.length + 1, text: m[2]!, line: troubleshooting.startLine + 1 + i });
  });
  return {
    pipelineId,
    file,
    title,
    sections: sections.map(({ heading, lines: body }) => ({ heading, body: body.join("\n").trim() })),
    steps,
  };
}
