/**
 * The Electron main process entry: the only place that constructs things (DESIGN.md). Everything
 * it wires takes its OS objects as parameters, so tests build the same parts with fakes.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeImage, net, Notification, protocol, safeStorage, session, shell, Tray } from "electron";
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, registerAppProtocol } from "./app/app-protocol";
import { alertNotifications } from "./app/alert-notifications";
import { createAppServices } from "./app/app-services";
import { electronJsonStore } from "./app/electron-json-store";
import { allowSourceLinks, workspaceSourceUrls } from "./app/external-links";
import { createHandlers, forwardEvents, type Emit } from "./app/handlers";
import { trustOwnOrigins, originOf } from "./app/ipc-guard";
import { registerIpc } from "./app/ipc";
import { Notifier } from "./app/notifier";
import { appPaths } from "./app/paths";
import { safeStorageSecrets } from "./app/safe-storage-secrets";
import { dialogSaveFile } from "./app/save-file";
import { denyAllPermissions } from "./app/session-policy";
import { TrayService, trayIconFile } from "./app/tray";
import { trayFeed, UNKNOWN_TRAY } from "./app/tray-feed";
import { systemClock } from "./services/clock";
import { watchWorkspace } from "./services/workspace/watch-workspace";
import { createMainWindow, hardenWebContents } from "./app/window";

// `electron-vite dev` serves the renderer over http with hot reload; never in a packaged app.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

app.enableSandbox();
// Tests and side-by-side installs point the app at a throwaway profile; the single-instance lock lives there too.
if (process.env.OCD_USER_DATA) app.setPath("userData", path.resolve(process.env.OCD_USER_DATA));
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  const paths = appPaths({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath(), mainDir: import.meta.dirname });
  const clock = systemClock();
  const onProblem = (message: string) => console.warn(`oncall-desk: ${message}`);
  const services = createAppServices({
    name: app.getName(),
    version: app.getVersion(),
    // OCD_WORKSPACE opens another workspace folder (the end-to-end tests use a temporary copy).
    workspaceDir: process.env.OCD_WORKSPACE ?? paths.embeddedWorkspaceDir,
    embeddedWorkspaceDir: paths.embeddedWorkspaceDir,
    clock,
    alertStore: electronJsonStore("alerts", onProblem),
    // Secrets entered in the Sources panel, encrypted with the OS keychain; the environment still works (and is all the CLI uses).
    secrets: safeStorageSecrets({ safeStorage, platform: process.platform, openStore: () => electronJsonStore("secrets", onProblem) }),
    env: process.env,
    // Calendar exports go where the user picks, the dialog attached to the window that asked.
    saveFile: dialogSaveFile({
      showSaveDialog: (options) => {
        const parent = BrowserWindow.getFocusedWindow();
        return parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options);
      },
      writeFile: (file, contents) => writeFile(file, contents, "utf8"),
      defaultDir: () => app.getPath("downloads"),
    }),
    onProblem,
  });
  const { workspace } = services;
  const { workspaceDir } = services.appInfo;
  const notifier = new Notifier((options) => new Notification(options), () => Notification.isSupported());
  let mainWindow: BrowserWindow | undefined;
  let quitting = false;

  const showWindow = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      mainWindow = createMainWindow(BrowserWindow, {
        preloadPath: paths.preloadPath,
        url: devServerUrl ?? APP_ENTRY_URL,
        isQuitting: () => quitting,
      });
    }
    mainWindow.show();
    mainWindow.focus();
  };
  const emit: Emit = (event, payload) => {
    for (const w of BrowserWindow.getAllWindows()) w.webContents.send(event, payload);
  };

  // Links may open in the browser only when they point at one of the workspace's sources (https to its host, http to exactly an http source's origin).
  const allowExternal = allowSourceLinks(() => workspaceSourceUrls(workspace.latest()));
  app.on("web-contents-created", (_event, contents) => hardenWebContents(contents, { allowExternal, openExternal: (url) => shell.openExternal(url) }));
  app.on("second-instance", showWindow);
  app.on("activate", showWindow);
  app.on("before-quit", () => {
    quitting = true;
  });
  const showPipeline = (pipelineId: string) => {
    showWindow();
    emit("status:focus", { pipelineId });
  };
  // A tray app keeps running with no window open; quitting is explicit (tray menu or Cmd+Q).
  app.on("window-all-closed", () => undefined);

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession);
    registerAppProtocol(protocol, paths.rendererDir, (url) => net.fetch(url));
    const trusted = [APP_ORIGIN, devServerUrl && originOf(devServerUrl)].filter((origin): origin is string => Boolean(origin));
    registerIpc(ipcMain, createHandlers(services), trustOwnOrigins(trusted), (id) => BrowserWindow.getAllWindows().some((w) => w.webContents.id === id));
    forwardEvents(services, emit);
    // Editing the workspace by hand is the normal workflow: say so when a reload finds problems.
    workspace.subscribe((result) => {
      if (!result.ok) notifier.notify({ title: "Workspace has problems", body: `${result.problems.length} problem(s) in ${workspaceDir}`, onClick: showWindow });
    });

    const tray = new TrayService(
      {
        createTray: (icon) => new Tray(icon),
        icon: (tone) => nativeImage.createFromPath(path.join(paths.trayIconDir, trayIconFile(tone, process.platform))),
        createMenu: (template) => Menu.buildFromTemplate(template),
        onOpen: showWindow,
        onQuit: () => app.quit(),
      },
      // Until the rotation and status services report, the tray says it does not know yet.
      UNKNOWN_TRAY,
    );
    services.desk.attach(trayFeed(clock, (state) => tray.update(state)));
    services.desk.attach(alertNotifications(clock, (request) => notifier.notify(request), showPipeline));
    // The team edits the workspace in git: a pull or a save reloads it without a click on Reload.
    const stopWatching = watchWorkspace({ dir: workspaceDir, clock, onChange: () => void workspace.reload(), onProblem });
    app.on("will-quit", () => {
      stopWatching();
      void services.desk.stop();
      tray.destroy();
    });
    showWindow();
    // Start polling now: the tray and notifications must not wait for the window to ask.
    void services.desk.current();
  });
}
