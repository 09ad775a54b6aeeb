/** The react-query client of the renderer. */
import { QueryClient } from "@tanstack/react-query";

/**
 * Data only changes when main says so (an event invalidates it), so nothing goes stale by age and
 * IPC failures are not retried. Every call goes over IPC to main, never over the network: so they
 * run whether or not the machine is online (react-query's default pauses them while
 * `navigator.onLine` is false, which left every view "Reading…" with the network off).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, networkMode: "always" },
      mutations: { networkMode: "always" },
    },
  });
}
