/** Every invoke channel main must register, written out by hand (sorted) so a channel added or lost shows up in the shell tests. */
export const EXPECTED_INVOKE_CHANNELS = [
  "alerts:acknowledge",
  "alerts:snooze",
  "app:info",
  "escalation:get",
  "oncall:now",
  "rotation:export-ics",
  "rotation:fairness",
  "rotation:lint",
  "schedule:get",
  "sources:delete-secret",
  "sources:list",
  "sources:poll-now",
  "sources:set-secret",
  "status:get",
  "workspace:get",
  "workspace:reload",
];
