/** Shows the welcome (then "who are you?") on a first run: no workspace chosen and no OCD_WORKSPACE override. Otherwise the app. */
import { useState, type ReactNode } from "react";
import { useAppInfo } from "../../queries/app-info";
import { useAppInfoEvents } from "./welcome-queries";
import { WelcomeView } from "./welcome-view";
import { WhoAmI } from "./who-am-i";

/** The gate around the app. */
export function WelcomeGate({ children }: { children: ReactNode }) {
  useAppInfoEvents();
  const info = useAppInfo();
  const [answered, setAnswered] = useState(false);
  const [step, setStep] = useState<"choose" | "who" | "done">("done");
  const origin = info.data?.workspaceOrigin;
  // Derived while rendering (React's pattern for state that follows a prop). Once AppInfo has answered, a
  // refetch never unmounts the app again; without AppInfo (an error) the app says itself what failed.
  if (!answered && !info.isPending) setAnswered(true);
  // No workspace starts the welcome; once one is open, however it was chosen, the welcome goes on to "who are you?".
  if (origin === "none" && step === "done") setStep("choose");
  if (origin !== undefined && origin !== "none" && step === "choose") setStep("who");
  if (!answered) return <p className="status">Starting On-Call Desk…</p>;
  if (step === "choose") return <WelcomeView />;
  if (step === "who") return <WhoAmI onDone={() => setStep("done")} />;
  return children;
}
