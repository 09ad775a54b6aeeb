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

/** A loaded store on a real `secrets.json` in a temp dir (conf, as electron-store is), and the file's text. */
async function onDisk(safeStorage = fakeSafeStorage(), platform: NodeJS.Platform = "linux") {
  const dir = await mkdtemp(path.join(tmpdir(), "ocd-secrets-"));
  dirs.push(dir);
  const open = () => safeStorageSecrets({ safeStorage, platform, openStore: () => confStore({ cwd: dir, name: "secrets" }) });
  const store = open();
  await store.load();
  const fileText = async () => {
    const files = await readdir(dir);
    return files.includes("secrets.json") ? readFile(path.join(dir, "secrets.json"), "utf8") : "";
  };
  return { store, safeStorage, dir, fileText, open };
}

describe("secrets kept with safeStorage", () => {
  it("round trip: set, get, has, names, replace, delete", async () => {
    const { store } = await onDisk();
    expect(store.get("AIRFLOW_PASSWORD")).toBeUndefined();
    expect(store.refusal()).toBeUndefined();
    await store.set("AIRFLOW_PASSWORD", SECRET);
    await store.set("STATUS_TOKEN", "tök€n with ünïcode");
    expect(store.get("AIRFLOW_PASSWORD")).toBe(SECRET);
    expect(store.get("STATUS_TOKEN")).toBe("tök€n with ünïcode");
    expect(store.has("AIRFLOW_PASSWORD")).toBe(true);
    expect(store.names().sort()).toEqual(["AIRFLOW_PASSWORD", "STATUS_TOKEN"]);
    await store.set("AIRFLOW_PASSWORD", "rotated");
    expect(store.get("AIRFLOW_PASSWORD")).toBe("rotated");
    await store.delete("AIRFLOW_PASSWORD");
    await store.delete("NEVER_STORED");
    expect(store.has("AIRFLOW_PASSWORD")).toBe(false);
    expect(store.get("AIRFLOW_PASSWORD")).toBeUndefined();
    expect(store.names()).toEqual(["STATUS_TOKEN"]);
  });

  it("writes only base64 ciphertext to secrets.json: never the plaintext, in any encoding", async () => {
    const { store, fileText, safeStorage } = await onDisk();
    await store.set("AIRFLOW_PASSWORD", SECRET);
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

  it("decrypts each secret once, when loaded, and answers every later request from memory", async () => {
    const { store, safeStorage, open } = await onDisk();
    await store.set("AIRFLOW_PASSWORD", SECRET);
    await store.set("STATUS_TOKEN", "token");
    // The app restarts: nothing is readable until load has decrypted the file, once per secret.
    const reopened = open();
    expect(reopened.get("AIRFLOW_PASSWORD")).toBeUndefined();
    safeStorage.decryptions = 0;
    await Promise.all([reopened.load(), reopened.load()]);
    expect(safeStorage.decryptions).toBe(2);
    for (let i = 0; i < 100; i += 1) expect(reopened.get("AIRFLOW_PASSWORD")).toBe(SECRET);
    expect(reopened.has("STATUS_TOKEN")).toBe(true);
    expect(safeStorage.decryptions).toBe(2);
  });

  it("re-encrypts what the keychain asks to (its key rotated), so the next start reads the new ciphertext", async () => {
    const { store, safeStorage, open, fileText } = await onDisk();
    await store.set("AIRFLOW_PASSWORD", SECRET);
    const before = await fileText();
    safeStorage.retiredKeys = [safeStorage.key];
    safeStorage.key = 0x21;
    const reopened = open();
    await reopened.load();
    expect(reopened.get("AIRFLOW_PASSWORD")).toBe(SECRET);
    const after = await fileText();
    expect(after).not.toBe(before);
    // Without the retired key, only the new ciphertext still decrypts.
    safeStorage.retiredKeys = [];
    const third = open();
    await third.load();
    expect(third.get("AIRFLOW_PASSWORD")).toBe(SECRET);
  });

  it.each([
    ["no encryption at all", { available: false }, "darwin" as const, /offers no keychain/],
    ["Linux without a keyring (basic_text)", { backend: "basic_text" as const }, "linux" as const, /no keyring .* as good as plaintext/],
  ])("refuses to store with %s, says why, and writes nothing", async (_case, overrides, platform, reason) => {
    const { store, fileText } = await onDisk(fakeSafeStorage(overrides), platform);
    expect(store.refusal()).toMatch(reason);
    await expect(store.set("AIRFLOW_PASSWORD", SECRET)).rejects.toThrow(SecretStorageRefused);
    await expect(store.set("AIRFLOW_PASSWORD", SECRET)).rejects.toThrow(/cannot store AIRFLOW_PASSWORD: .*environment variable/);
    expect(store.has("AIRFLOW_PASSWORD")).toBe(false);
    expect(await fileText()).not.toContain(SECRET);
  });

  it("asks for the Linux backend only on Linux (elsewhere the keychain is the OS's own)", async () => {
    const { store } = await onDisk(fakeSafeStorage({ backend: "basic_text" }), "win32");
    expect(store.refusal()).toBeUndefined();
    await store.set("AIRFLOW_PASSWORD", SECRET);
    expect(store.get("AIRFLOW_PASSWORD")).toBe(SECRET);
  });

  it("a secret that no longer decrypts (keychain changed) reads as missing with the reason; the others still work", async () => {
    const safeStorage = fakeSafeStorage();
    const file = memoryStore();
    const first = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => file });
    await first.set("OLD", "from the old keychain");
    safeStorage.key = 0x33; // a new keychain: old ciphertext no longer decrypts
    const store = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => file });
    await store.set("NEW", "from the new keychain");
    expect(store.get("OLD")).toBeUndefined();
    expect(store.has("OLD")).toBe(true);
    expect(store.problem("OLD")).toMatch(/^the stored secret OLD cannot be decrypted \(.*\); the OS keychain may have changed since it was saved: enter it again$/);
    expect(store.get("NEW")).toBe("from the new keychain");
    expect(store.problem("NEW")).toBeUndefined();
    expect(store.problem("ABSENT")).toBeUndefined();
    // Entering it again replaces the unreadable entry.
    await store.set("OLD", "entered again");
    expect(store.get("OLD")).toBe("entered again");
    expect(store.problem("OLD")).toBeUndefined();
  });

  it("corrupt entries never crash: garbage ciphertext, a non-string entry, a file of another shape", async () => {
    const safeStorage = fakeSafeStorage();
    const store = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => memoryStore({ encrypted: { GARBAGE: "not-ciphertext", NUMBER: 42 } }) });
    await store.load();
    expect(store.get("GARBAGE")).toBeUndefined();
    expect(store.problem("GARBAGE")).toMatch(/cannot be decrypted/);
    expect(store.get("NUMBER")).toBeUndefined();
    expect(store.names()).toEqual(["GARBAGE"]);
    const odd = safeStorageSecrets({ safeStorage, platform: "linux", openStore: () => memoryStore({ encrypted: "oops" }) });
    await odd.load();
    expect(odd.names()).toEqual([]);
    await odd.set("A", "b");
    expect(odd.get("A")).toBe("b");
  });

  it("opens the file and asks the keychain only when loaded, once", async () => {
    let opened = 0;
    const store = safeStorageSecrets({
      safeStorage: fakeSafeStorage(),
      platform: "linux",
      openStore: () => {
        opened += 1;
        return memoryStore();
      },
    });
    expect(store.refusal()).toMatch(/not been read yet/);
    expect(opened).toBe(0);
    await store.load();
    await store.load();
    store.get("X");
    expect(opened).toBe(1);
    expect(store.refusal()).toBeUndefined();
  });
});
