/** The react-query client of the renderer. */
import { QueryClient } from "@tanstack/react-query";

/** Data only changes when main says so (an event invalidates it), so nothing goes stale by age and IPC failures are not retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false } },
  });
}
