/**
 * The Electron main process entry: the only place that constructs things (DESIGN.md). Everything
 * it wires takes its OS objects as parameters, so tests build the same parts with fakes.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  session,
  shell,
  Tray,
} from "electron";
import { myEngineer } from "../shared/domain/settings";
import type { WorkspaceResult } from "../shared/domain/workspace";
import type { RoutePath } from "../shared/ipc/routes";
import { ackReminders } from "./app/ack-reminders";
import { alertNotifications } from "./app/alert-notifications";
import { APP_ID, PRODUCT_NAME } from "./app/app-id";
import { appMenuTemplate } from "./app/app-menu";
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, registerAppProtocol } from "./app/app-protocol";
import { createAppServices } from "./app/app-services";
import { electronJsonStore } from "./app/electron-json-store";
import { allowWorkspaceLinks } from "./app/external-links";
import { createHandlers, forwardEvents, type Emit } from "./app/handlers";
import { originOf, trustOwnOrigins } from "./app/ipc-guard";
import { registerIpc } from "./app/ipc";
import { applyLoginItem, followStartAtLogin, launchedAtLogin, xdgAutostartDir } from "./app/login-item";
import { notifiedKeys } from "./app/notified-keys";
import { Notifier, type NotifyRequest } from "./app/notifier";
import { PAUSE_MS, pausableNotifications } from "./app/notification-pause";
import { appPaths } from "./app/paths";
import { pollOnWake } from "./app/poll-on-wake";
import { quitAfter } from "./app/quit-sequence";
import { safeStorageSecrets } from "./app/safe-storage-secrets";
import { dialogSaveFile } from "./app/save-file";
import { denyAllPermissions } from "./app/session-policy";
import { shiftNotifications } from "./app/shift-notifications";
import { createSignal } from "./app/signal";
import { TrayService, trayIconFile } from "./app/tray";
import { trayContext } from "./app/tray-context";
import { trayFeed, UNKNOWN_TRAY } from "./app/tray-feed";
import { watchOpenedWorkspace } from "./app/watch-opened-workspace";
import { createMainWindow, hardenWebContents } from "./app/window";
import { keepWindow } from "./app/window-keeper";
import { dialogPickFolder } from "./app/workspace-chooser";
import { workspaceFileName, workspaceStateFolder } from "./app/workspace-files";
import { systemClock } from "./services/clock";

// `electron-vite dev` serves the renderer over http with hot reload; never in a packaged app.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

app.enableSandbox();
// Tests and side-by-side installs point the app at a throwaway profile; the single-instance lock lives there too.
if (process.env.OCD_USER_DATA) app.setPath("userData", path.resolve(process.env.OCD_USER_DATA));
// Windows files notifications and the taskbar entry under this id; it must be set before ready.
if (process.platform === "win32") app.setAppUserModelId(APP_ID);
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

/** An error's message, for one line to the user. */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function start(): void {
  const paths = appPaths({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath(), mainDir: import.meta.dirname });
  const clock = systemClock();
  const onProblem = (message: string) => console.warn(`oncall-desk: ${message}`);
  const parentWindow = () => BrowserWindow.getFocusedWindow() ?? undefined;
  // Secrets entered in the Sources panel, encrypted with the OS keychain; the environment still works (and is all the CLI uses).
  const secrets = safeStorageSecrets({ safeStorage, platform: process.platform, openStore: () => electronJsonStore("secrets", onProblem) });
  const services = createAppServices({
    name: app.getName(),
    version: app.getVersion(),
    // OCD_WORKSPACE opens a workspace folder over the settings' choice (the end-to-end tests use a temporary copy).
    workspaceOverride: process.env.OCD_WORKSPACE,
    embeddedWorkspaceDir: paths.embeddedWorkspaceDir,
    clock,
    // Each workspace keeps its alerts apart: a folder made from the template has the demo's pipeline ids.
    alertStoreFor: (dir) => electronJsonStore(workspaceFileName(dir, "alerts"), onProblem),
    // Its incidents and hand-over notes live beside its alerts.
    stateDirFor: (dir) => path.join(app.getPath("userData"), workspaceStateFolder(dir)),
    settingsStore: electronJsonStore("settings", onProblem),
    secrets,
    env: process.env,
    // Calendar exports go where the user picks, the dialog attached to the window that asked.
    saveFile: dialogSaveFile({
      showSaveDialog: (options) => {
        const parent = parentWindow();
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      writeFile: (file, contents) => writeFile(file, contents, "utf8"),
      defaultDir: () => app.getPath("downloads"),
    }),
    pickFolder: dialogPickFolder((options) => {
      const parent = parentWindow();
      return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
    }),
    onProblem,
  });
  const { workspace, settings, session: opened } = services;
  const me = () => myEngineer(settings.get());
  // The machine woke up (timers stop during sleep) or the user said who they are: timers and the tray look again.
  const woke = createSignal();
  const rearm = createSignal();
  woke.subscribe(rearm.fire);
  let quitting = false;

  const windows = keepWindow(
    () => createMainWindow(BrowserWindow, { preloadPath: paths.preloadPath, url: devServerUrl ?? APP_ENTRY_URL, isQuitting: () => quitting }),
    clock,
  );
  const showWindow = () => void windows.show();
  const emit: Emit = (event, payload) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(event, payload);
  };
  /** Opens the window on a view; a window built just now hears the route once it has painted (its router listens by then). */
  const openPath = (route: RoutePath) => {
    const { window, created } = windows.show();
    const send = () => window.webContents.send("app:navigate", { path: route });
    if (created) window.once("ready-to-show", send);
    else send();
  };
  const openWorkspace = () => {
    services.chooseWorkspace("open-folder").catch((error: unknown) => dialog.showErrorBox("Cannot open that workspace", messageOf(error)));
  };

  // Links may leave the app only to a host the workspace names (https; http to exactly an http source's origin), or to the mail or phone app (mailto:, tel:).
  const allowExternal = allowWorkspaceLinks(() => workspace.latest());
  app.on("web-contents-created", (_event, contents) => hardenWebContents(contents, { allowExternal, openExternal: (url) => shell.openExternal(url) }));
  // Another launch, or a click on the Dock icon, shows the window: once the app is ready to build one.
  const whenReadyShow = () => void app.whenReady().then(showWindow);
  app.on("second-instance", whenReadyShow);
  app.on("activate", whenReadyShow);
  app.on("before-quit", () => {
    quitting = true;
  });
  // A tray app keeps running with no window open; quitting is explicit (tray menu or Cmd+Q).
  app.on("window-all-closed", () => undefined);

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    registerAppProtocol(protocol, paths.rendererDir, (url) => net.fetch(url));
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(process.platform, { onOpenWorkspace: openWorkspace })));
    nativeTheme.themeSource = settings.get().theme;
    // Every stored secret is decrypted once, before the first poll needs it.
    await secrets.load().catch((error: unknown) => onProblem(`reading stored secrets: ${messageOf(error)}`));
    const trusted = [APP_ORIGIN, devServerUrl && originOf(devServerUrl)].filter((origin): origin is string => Boolean(origin));
    registerIpc(ipcMain, createHandlers(services), trustOwnOrigins(trusted), (id) => BrowserWindow.getAllWindows().some((w) => w.webContents.id === id));
    forwardEvents(services, emit);

    const notificationStore = electronJsonStore("notifications", onProblem);
    const notifier = new Notifier((options) => new Notification(options), () => Notification.isSupported());
    const notifications = pausableNotifications({ show: (request) => notifier.notify(request), settings, clock, store: notificationStore, onOpen: showWindow });
    const notify = (request: NotifyRequest) => notifications.notify(request);
    const notified = notifiedKeys(notificationStore, clock);

    const acknowledgeAll = async () => {
      const desk = await services.desk.current();
      for (const alert of desk?.monitor.book.active() ?? []) {
        if (alert.state === "open" || alert.state === "snoozed") desk?.monitor.book.acknowledge(alert.id, me() ?? undefined);
      }
    };
    const togglePause = () => {
      const until = settings.get().notificationsPausedUntil;
      const paused = until !== null && Date.parse(until) > clock.now().getTime();
      settings.update({ notificationsPausedUntil: paused ? null : new Date(clock.now().getTime() + PAUSE_MS).toISOString() });
    };
    const context = () => trayContext(opened.opened(), workspace.latest(), settings.get());
    const tray = new TrayService(
      {
        createTray: (icon) => new Tray(icon),
        icon: (tone) => nativeImage.createFromPath(path.join(paths.trayIconDir, trayIconFile(tone, process.platform))),
        createMenu: (template) => Menu.buildFromTemplate(template),
        platform: process.platform,
        onOpen: showWindow,
        onOpenPath: (route) => openPath(route),
        onAcknowledgeAll: () => void acknowledgeAll().catch((error: unknown) => onProblem(`acknowledging alerts: ${messageOf(error)}`)),
        onTogglePause: togglePause,
        onOpenWorkspace: openWorkspace,
        onQuit: () => app.quit(),
      },
      // Until the rotation and status services report, the tray says it does not know yet.
      UNKNOWN_TRAY,
      context(),
    );

    // A chosen folder that is gone or broken is said with its path; editing by hand is the normal workflow too.
    const announce = (result: WorkspaceResult) => {
      tray.setContext(context());
      const dir = opened.opened().dir;
      if (result.ok || dir === null) return;
      const [first] = result.problems;
      const body = result.problems.length === 1 && first ? first.message : `${result.problems.length} problems in ${dir}`;
      notify({ title: "Workspace has problems", body, onClick: showWindow });
    };
    workspace.subscribe(announce);
    let identity = JSON.stringify(settings.get().identity);
    settings.subscribe((changed) => {
      tray.setContext(context());
      nativeTheme.themeSource = changed.theme;
      if (JSON.stringify(changed.identity) !== identity) {
        identity = JSON.stringify(changed.identity);
        rearm.fire();
      }
    });
    // Started at login (default on once a workspace is chosen); the installed app registers itself, a development run does not.
    const stopLoginItem = followStartAtLogin(
      settings,
      (enabled) =>
        app.isPackaged
          ? applyLoginItem(enabled, {
              platform: process.platform,
              setLoginItemSettings: (item) => app.setLoginItemSettings(item),
              autostartDir: xdgAutostartDir(process.env, app.getPath("home")),
              appId: APP_ID,
              productName: PRODUCT_NAME,
              command: [process.env.APPIMAGE ?? process.execPath],
            })
          : Promise.resolve(),
      onProblem,
    );

    services.desk.attach(trayFeed({ clock, update: (view) => tray.update(view), me, rearm }));
    services.desk.attach(alertNotifications(clock, notify, (route) => openPath(route), notified));
    services.desk.attach(shiftNotifications({ clock, me, notified, notify, rearm, open: (route) => openPath(route) }));
    services.desk.attach(ackReminders({ clock, me, notified, notify, rearm, open: (route) => openPath(route) }));
    services.desk.attach(pollOnWake(woke, onProblem));
    // After sleep or a locked screen: poll now, show the tray afresh, and re-arm every timer.
    const wake = () => {
      woke.fire();
      notifications.rearm();
    };
    powerMonitor.on("resume", wake);
    powerMonitor.on("unlock-screen", wake);
    // The team edits the workspace in git: a pull or a save reloads it without a click on Reload.
    const stopWatching = watchOpenedWorkspace(opened, { clock, onChange: () => void workspace.reload(), onProblem });
    // The desk stops first: its attachments update the tray one last time as they detach.
    quitAfter(
      app,
      async () => {
        powerMonitor.off("resume", wake);
        powerMonitor.off("unlock-screen", wake);
        stopWatching();
        stopLoginItem();
        notifications.stop();
        await services.desk.stop();
        tray.destroy();
      },
      onProblem,
    );

    // Started by the login item, the app stays in the tray until asked.
    if (!launchedAtLogin(process.platform, process.argv, () => app.getLoginItemSettings())) showWindow();
    // Start polling now: the tray and notifications must not wait for the window to ask.
    announce(await workspace.current());
    void services.desk.current();
  });
}
