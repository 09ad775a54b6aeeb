/** Shows the welcome (then "who are you?") on a first run: no workspace chosen and no OCD_WORKSPACE override. Otherwise the app. */
import { useState, type ReactNode } from "react";
import { errorText } from "../../api";
import { useAppInfo } from "../../queries/app-info";
import { useAppInfoEvents } from "./welcome-queries";
import { WelcomeView } from "./welcome-view";
import { WhoAmI } from "./who-am-i";

/** The gate around the app. */
export function WelcomeGate({ children }: { children: ReactNode }) {
  useAppInfoEvents();
  const info = useAppInfo();
  const [step, setStep] = useState<"choose" | "who" | "done">("done");
  const origin = info.data?.workspaceOrigin;
  // Derived while rendering (React's pattern for state that follows a prop): no workspace starts the welcome;
  // once one is open, however it was chosen, the welcome goes on to "who are you?" and runs to its end.
  if (origin === "none" && step === "done") setStep("choose");
  if (origin !== undefined && origin !== "none" && step === "choose") setStep("who");
  if (info.isPending) return <p className="status">Starting On-Call Desk…</p>;
  if (info.isError) return <p className="status status--error">{errorText(info.error)}</p>;
  if (step === "choose") return <WelcomeView />;
  if (step === "who") return <WhoAmI onDone={() => setStep("done")} />;
  return children;
}
