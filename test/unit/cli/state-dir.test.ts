import path from "node:path";
import { describe, expect, it } from "vitest";
import { cliStateDir, userConfigDir } from "../../../main/cli/state-dir";

describe("cliStateDir", () => {
  const env = { XDG_CONFIG_HOME: "/home/u/.config" };

  it("uses --state exactly as given (resolved), whatever the workspace", () => {
    expect(cliStateDir("some/dir", "/ws/a", env)).toBe(path.resolve("some/dir"));
    expect(cliStateDir("/abs/state", "/ws/b", env)).toBe("/abs/state");
  });

  it("without --state keeps one folder per workspace under the config folder, named after the workspace", () => {
    const a = cliStateDir(undefined, "/teams/data/workspace", env);
    const b = cliStateDir(undefined, "/teams/other/workspace", env);
    expect(a).toMatch(/^\/home\/u\/\.config\/oncall-desk\/workspaces\/workspace-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
    // The same folder written another way is the same workspace.
    expect(cliStateDir(undefined, "/teams/data/../data/workspace/", env)).toBe(a);
  });

  it("finds the config folder the way each OS names it", () => {
    expect(userConfigDir({}, "linux", "/home/u")).toBe("/home/u/.config");
    expect(userConfigDir({ XDG_CONFIG_HOME: "/x" }, "linux", "/home/u")).toBe("/x");
    expect(userConfigDir({}, "darwin", "/Users/u")).toBe("/Users/u/Library/Application Support");
    expect(userConfigDir({ APPDATA: "C:\\Users\\u\\AppData\\Roaming" }, "win32", "C:\\Users\\u")).toBe("C:\\Users\\u\\AppData\\Roaming");
  });
});
