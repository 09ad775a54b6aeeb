/** The app's one identity: the Windows AppUserModelId (notifications, taskbar), the autostart file's name, electron-builder's appId. */
export const APP_ID = "io.oncalldesk.app";

/** The name people see. */
export const PRODUCT_NAME = "On-Call Desk";
