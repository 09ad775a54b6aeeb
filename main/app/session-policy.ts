/** Session hardening: the app asks for no web permission, so every request and check is refused. */
import type { Session } from "electron";

/** The permission hooks of a session, so tests pass a fake. */
export type PermissionSession = Pick<Session, "setPermissionRequestHandler" | "setPermissionCheckHandler">;

/** Refuses camera, notifications-from-web, geolocation and every other permission. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
