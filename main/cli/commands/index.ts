/** Every `oncall-desk` sub-command, in the order `help` lists them. */
import type { CliCommand } from "../command";
import { validateCommand } from "./validate";
import { nowCommand } from "./now";
import { scheduleCommand } from "./schedule";
import { fairnessCommand } from "./fairness";
import { lintCommand } from "./lint";
import { escalationCommand } from "./escalation";
import { statusCommand } from "./status";
import { kpisCommand } from "./kpis";
import { checkSourcesCommand } from "./check-sources";
import { incidentCommand } from "./incident";
import { handoffCommand } from "./handoff";
import { risksCommand } from "./risks";

/** The command table. */
export const COMMANDS: CliCommand[] = [
  validateCommand,
  nowCommand,
  scheduleCommand,
  fairnessCommand,
  lintCommand,
  escalationCommand,
  statusCommand,
  kpisCommand,
  checkSourcesCommand,
  incidentCommand,
  handoffCommand,
  risksCommand,
];
