/** The rotation over the bridge: shifts of a range, the schedule check, fairness and the calendar export; re-fetched when the workspace changes. */
import { useEffect } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { OptionalRange } from "../../shared/ipc/contract";
import { oncall } from "../api";

const ROTATION_KEY = ["rotation"] as const;
const DAY_MS = 86_400_000;

/** `days` after an instant (ISO), as ISO: ranges are counted from main's now, which the page learns from main. */
export function daysAfter(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString();
}

/** The shifts overlapping `from`..`to`, of one engineer if given (null while the workspace is invalid). */
export function useShifts(from: string, to: string, engineer: string | undefined) {
  return useQuery({
    queryKey: [...ROTATION_KEY, "shifts", from, to, engineer],
    queryFn: () => oncall().getSchedule(engineer === undefined ? { from, to } : { from, to, engineer }),
  });
}

/** The schedule check's findings over a range. */
export function useLint(from: string, to: string) {
  return useQuery({ queryKey: [...ROTATION_KEY, "lint", from, to], queryFn: () => oncall().lintRotation({ from, to }) });
}

/** Fairness over a range; main's default (the rotation cycle around its now) when none is given. */
export function useFairness(range: OptionalRange) {
  return useQuery({ queryKey: [...ROTATION_KEY, "fairness", range.from, range.to], queryFn: () => oncall().getFairness(range) });
}

/** Asks main to save the shifts of a range (of one engineer if given) as an .ics file. */
export function useExportCalendar() {
  return useMutation({
    mutationFn: ({ from, to, engineer }: { from: string; to: string; engineer: string | undefined }) =>
      oncall().exportCalendar(engineer === undefined ? { from, to } : { from, to, engineer }),
  });
}

/** A reloaded workspace is a new schedule: re-fetch every rotation query on `workspace:changed`. */
export function useRotationEvents(): void {
  const client = useQueryClient();
  useEffect(() => oncall().on("workspace:changed", () => void client.invalidateQueries({ queryKey: ROTATION_KEY })), [client]);
}
