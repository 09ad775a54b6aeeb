/** Every `oncall-desk` sub-command, in the order `help` lists them. */
import type { CliCommand } from "../command";
import { validateCommand } from "./validate";

/** The command table. */
export const COMMANDS: CliCommand[] = [validateCommand];
