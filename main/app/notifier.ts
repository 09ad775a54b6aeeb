/** Desktop notifications, through a Notification factory passed in (DESIGN rule 4). */
import type { Notification, NotificationConstructorOptions } from "electron";

/** The part of Electron's Notification the notifier drives, so tests pass a fake. */
export type NotificationLike = Pick<Notification, "show" | "on" | "close">;

/** One notification to show. */
export interface NotifyRequest {
  title: string;
  body: string;
  /** Called when the user clicks the notification. */
  onClick?: () => void;
}

/** Shows desktop notifications. */
export class Notifier {
  // Electron drops the click handler of a notification that gets garbage-collected, so each one
  // is held here until it closes.
  private readonly live = new Set<NotificationLike>();

  /** `isSupported` is Notification.isSupported: on systems without a notification daemon we stay silent. */
  constructor(
    private readonly createNotification: (options: NotificationConstructorOptions) => NotificationLike,
    private readonly isSupported: () => boolean,
  ) {}

  /** Shows one notification; returns the function that closes it (a no-op when unsupported). */
  notify(request: NotifyRequest): () => void {
    if (!this.isSupported()) return () => undefined;
    const notification = this.createNotification({ title: request.title, body: request.body, silent: false });
    this.live.add(notification);
    notification.on("click", () => request.onClick?.());
    notification.on("close", () => this.live.delete(notification));
    notification.show();
    return () => {
      notification.close();
      this.live.delete(notification);
    };
  }
}
