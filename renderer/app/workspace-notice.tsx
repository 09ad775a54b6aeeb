/** On views other than Now: one line saying the workspace on disk has problems, with the way to them. */
import { Link } from "wouter";
import { routes } from "../../shared/ipc/routes";
import { useWorkspaceModel } from "../queries/workspace";

/** The notice; nothing while the workspace is valid. */
export function WorkspaceNotice() {
  const { workspace, problems } = useWorkspaceModel();
  if (problems.length === 0) return null;
  return (
    <p className="banner banner--bad" role="status">
      The workspace has {problems.length} problem{problems.length === 1 ? "" : "s"}
      {workspace ? "; still monitoring with the last valid workspace." : "."} <Link href={routes.now()}>See them on Now</Link>
    </p>
  );
}
