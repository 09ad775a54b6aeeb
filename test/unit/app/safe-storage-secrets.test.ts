import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { safeStorageSecrets } from "../../../main/app/safe-storage-secrets";
import { confStore } from "../../../main/services/alerts/conf-store";
import { memoryStore } from "../../../main/services/alerts/key-value-store";
import { SecretStorageRefused } from "../../../main/services/secrets/secret-store";
import { fakeSafeStorage } from "../../fakes/fake-safe-storage";

const SECRET = "correct horse battery staple";
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A store on a real `secrets.json` in a temp dir (conf, as electron-store is), and the file's text. */
async function onDisk(safeStorage = fakeSafeStorage(), platform: NodeJS.Platform = "linux") {
  const dir = await mkdtemp(path.join(tmpdir(), "ocd-secrets-"));
  dirs.push(dir);
  const store = safeStorageSecrets({ safeStorage, platform, openStore: () => confStore({ cwd: dir, name: "secrets" }) });
  const fileText = async () => {
    const files = await readdir(dir);
    return files.includes("secrets.json") ? readFile(path.join(dir, "secrets.json"), "utf8") : "";
  };
  return { store, safeStorage, dir, fileText };
}

describe("secrets kept with safeStorage", () => {
  it("round trip: set, get, has, names, replace, delete", async () => {
    const { store } = await onDisk();
    expect(store.get("AIRFLOW_PASSWORD")).toBeUndefined();
    expect(store.refusal()).toBeUndefined();
    store.set("AIRFLOW_PASSWORD", SECRET);
    store.set("STATUS_TOKEN", "tök€n with ünïcode");
    expect(store.get("AIRFLOW_PASSWORD")).toBe(SECRET);
    expect(store.get("STATUS_TOKEN")).toBe("tök€n with ünïcode");
    expect(store.has("AIRFLOW_PASSWORD")).toBe(true);
    expect(store.names().sort()).toEqual(["AIRFLOW_PASSWORD", "STATUS_TOKEN"]);
    store.set("AIRFLOW_PASSWORD", "rotated");
    expect(store.get("AIRFLOW_PASSWORD")).toBe("rotated");
    store.delete("AIRFLOW_PASSWORD");
    store.delete("NEVER_STORED");
    expect(store.has("AIRFLOW_PASSWORD")).toBe(false);
    expect(store.get("AIRFLOW_PASSWORD")).toBeUndefined();
    expect(store.names()).toEqual(["STATUS_TOKEN"]);
  });

  it("writes only base64 ciphertext to secrets.json: never the plaintext, in any encoding", async () => {
    const { store, fileText, safeStorage } = await onDisk();
    store.set("AIRFLOW_PASSWORD", SECRET);
    const text = await fileText();
    const doc = JSON.parse(text) as { encrypted: Record<string, string> };
    expect(Object.keys(doc)).toEqual(["encrypted"]);
    const stored = doc.encrypted.AIRFLOW_PASSWORD!;
    expect(Buffer.from(stored, "base64").toString("base64")).toBe(stored);
    // What is on disk is exactly what safeStorage produced for the secret.
    expect(safeStorage.decryptString(Buffer.from(stored, "base64"))).toBe(SECRET);
    for (const encoded of [SECRET, Buffer.from(SECRET).toString("base64"), Buffer.from(SECRET).toString("hex"), "horse"]) {
      expect(text).not.toContain(encoded);
    }
  });

  it("a store opened later on the same file reads what an earlier one wrote (the app restarting)", async () => {
    const { store, dir, safeStorage } = await onDisk();
    store.set("AIRFLOW_PASSWORD", SECRET);
    const reopened = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => confStore({ cwd: dir, name: "secrets" }) });
    expect(reopened.get("AIRFLOW_PASSWORD")).toBe(SECRET);
  });

  it.each([
    ["no encryption at all", { available: false }, "darwin" as const, /offers no keychain/],
    ["Linux without a keyring (basic_text)", { backend: "basic_text" as const }, "linux" as const, /no keyring .* as good as plaintext/],
  ])("refuses to store with %s, says why, and writes nothing", async (_case, overrides, platform, reason) => {
    const { store, fileText } = await onDisk(fakeSafeStorage(overrides), platform);
    expect(store.refusal()).toMatch(reason);
    expect(() => store.set("AIRFLOW_PASSWORD", SECRET)).toThrow(SecretStorageRefused);
    expect(() => store.set("AIRFLOW_PASSWORD", SECRET)).toThrow(/cannot store AIRFLOW_PASSWORD: .*environment variable/);
    expect(store.has("AIRFLOW_PASSWORD")).toBe(false);
    expect(await fileText()).not.toContain(SECRET);
  });

  it("asks for the Linux backend only on Linux (elsewhere the keychain is the OS's own)", async () => {
    const safeStorage = fakeSafeStorage({ backend: "basic_text" });
    const { store } = await onDisk(safeStorage, "win32");
    expect(store.refusal()).toBeUndefined();
    store.set("AIRFLOW_PASSWORD", SECRET);
    expect(store.get("AIRFLOW_PASSWORD")).toBe(SECRET);
  });

  it("a secret that no longer decrypts (keychain changed) reads as missing with the reason; the others still work", async () => {
    const safeStorage = fakeSafeStorage();
    const file = memoryStore();
    const store = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => file });
    store.set("OLD", "from the old keychain");
    safeStorage.key = 0x33; // a new keychain: old ciphertext no longer decrypts
    store.set("NEW", "from the new keychain");
    expect(store.get("OLD")).toBeUndefined();
    expect(store.has("OLD")).toBe(true);
    expect(store.problem("OLD")).toMatch(/^the stored secret OLD cannot be decrypted \(.*\); the OS keychain may have changed since it was saved: enter it again$/);
    expect(store.get("NEW")).toBe("from the new keychain");
    expect(store.problem("NEW")).toBeUndefined();
    expect(store.problem("ABSENT")).toBeUndefined();
    // Entering it again replaces the unreadable entry.
    store.set("OLD", "entered again");
    expect(store.get("OLD")).toBe("entered again");
  });

  it("corrupt entries never crash: garbage ciphertext, a non-string entry, a file of another shape", () => {
    const safeStorage = fakeSafeStorage();
    const file = memoryStore({ encrypted: { GARBAGE: "not-ciphertext", NUMBER: 42 } });
    const store = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => file });
    expect(store.get("GARBAGE")).toBeUndefined();
    expect(store.problem("GARBAGE")).toMatch(/cannot be decrypted/);
    expect(store.get("NUMBER")).toBeUndefined();
    expect(store.names()).toEqual(["GARBAGE"]);
    const odd = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => memoryStore({ encrypted: "oops" }) });
    expect(odd.names()).toEqual([]);
    odd.set("A", "b");
    expect(odd.get("A")).toBe("b");
  });

  it("opens the file only when a secret is first asked for", () => {
    let opened = 0;
    const store = safeStorageSecrets({ safeStorage: fakeSafeStorage(), platform: "linux", openStore: () => {
        opened += 1;
        return memoryStore();
      },
    });
    expect(store.refusal()).toBeUndefined();
    expect(opened).toBe(0);
    store.get("X");
    store.get("Y");
    expect(opened).toBe(1);
  });
});
