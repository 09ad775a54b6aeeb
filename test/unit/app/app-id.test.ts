/** The app's identity is one value: what the packager writes into the bundle is what the running app uses. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { APP_ID, PRODUCT_NAME } from "../../../main/app/app-id";

const builderConfig = parse(readFileSync(path.join(__dirname, "../../../electron-builder.yml"), "utf8")) as {
  appId: string;
  productName: string;
};

describe("app identity", () => {
  it("uses electron-builder's appId as the Windows AppUserModelId and autostart name", () => {
    // A mismatch splits notifications and the taskbar entry from the installed shortcut on Windows.
    expect(APP_ID).toBe(builderConfig.appId);
  });

  it("shows the packaged product name", () => {
    expect(PRODUCT_NAME).toBe(builderConfig.productName);
  });
});
