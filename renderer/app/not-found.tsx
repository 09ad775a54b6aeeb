/** A path no view answers to (a link from a newer version, a typo in a notification): say so and offer the way home. */
import { Link } from "wouter";
import { routes } from "../../shared/ipc/routes";
import { ViewHeader } from "../components/view-header";

/** The not-found view. */
export function NotFound({ path }: { path: string }) {
  return (
    <div className="view">
      <ViewHeader title="Nothing here" />
      <p className="status">
        The window has no view at <code>{path}</code>. <Link href={routes.now()}>Go to Now</Link>
      </p>
    </div>
  );
}
