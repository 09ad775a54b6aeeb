/**
 * The app's SecretStore: each secret encrypted with Electron's safeStorage (the OS keychain:
 * Keychain on macOS, DPAPI on Windows, libsecret or KWallet on Linux), kept as base64 in
 * `secrets.json` in the user-data folder. Plaintext never reaches the file: without a keychain
 * the store refuses to keep secrets and the user sets environment variables instead.
 *
 * It uses safeStorage's asynchronous API (Electron 45 deprecates the synchronous one): every
 * stored secret is decrypted once, by `load()` after the app is ready, and kept in memory, so a
 * source's request never waits for the keychain. Ciphertext the keychain asks to re-encrypt (its
 * key rotated) is re-encrypted on the way.
 */
import type { SafeStorage } from "electron";
import type { KeyValueStore } from "../services/alerts/key-value-store";
import { SecretStorageRefused, type SecretStore } from "../services/secrets/secret-store";

/** The part of Electron's safeStorage the store uses, so tests pass a fake. */
export type SafeStorageLike = Pick<SafeStorage, "isAsyncEncryptionAvailable" | "encryptStringAsync" | "decryptStringAsync" | "getSelectedStorageBackend">;

/** A SecretStore whose secrets are read once, asynchronously, before use. */
export interface LoadableSecretStore extends SecretStore {
  /** Decrypts every stored secret into memory; later calls wait for the same work. Call after the app is ready. */
  load(): Promise<void>;
}

/** What the store is built from. */
export interface SafeStorageSecretsOptions {
  safeStorage: SafeStorageLike;
  /** `process.platform`: the storage backend is a Linux question only. */
  platform: NodeJS.Platform;
  /** Opens the file the encrypted secrets live in (electron-store `secrets.json` in the app); called by `load`. */
  openStore: () => KeyValueStore;
}

/** The one key of the file: name → base64 of the safeStorage ciphertext. */
const ENCRYPTED_KEY = "encrypted";

/** Why secrets cannot be encrypted on this machine, or undefined when they can. */
async function encryptionRefusal(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Promise<string | undefined> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    return "the operating system offers no keychain to encrypt secrets with, so the app will not store them; set the source's password_env environment variable before starting the app instead";
  }
  // On Linux without a recognised keyring Chromium falls back to a hard-coded key: encryption in name only.
  if (platform === "linux" && safeStorage.getSelectedStorageBackend() === "basic_text") {
    return "no keyring (GNOME Keyring/libsecret or KWallet) is running, and without one the secret would be written with a well-known key, as good as plaintext; start a keyring, or set the source's password_env environment variable before starting the app instead";
  }
  return undefined;
}

/** Builds the store; nothing is opened or decrypted until `load` (or a first change). */
export function safeStorageSecrets(options: SafeStorageSecretsOptions): LoadableSecretStore {
  const { safeStorage, platform } = options;
  let file: KeyValueStore | undefined;
  let loading: Promise<void> | undefined;
  let refusal: string | undefined = "the OS keychain has not been read yet";
  const values = new Map<string, string>();
  const problems = new Map<string, string>();

  const encrypted = (): Record<string, string> => {
    const stored = file?.get(ENCRYPTED_KEY);
    // A hand-edited file with another shape holds nothing usable; it is replaced on the next set.
    if (typeof stored !== "object" || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  };
  const write = (next: Record<string, string>) => file?.set(ENCRYPTED_KEY, next);
  const encrypt = async (value: string) => (await safeStorage.encryptStringAsync(value)).toString("base64");

  async function read(): Promise<void> {
    file = options.openStore();
    refusal = await encryptionRefusal(safeStorage, platform);
    const stored = encrypted();
    const rotated: string[] = [];
    for (const [name, base64] of Object.entries(stored)) {
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(Buffer.from(base64, "base64"));
        values.set(name, result);
        if (shouldReEncrypt) rotated.push(name);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        problems.set(name, `the stored secret ${name} cannot be decrypted (${detail}); the OS keychain may have changed since it was saved: enter it again`);
      }
    }
    if (rotated.length && refusal === undefined) {
      for (const name of rotated) stored[name] = await encrypt(values.get(name)!);
      write(stored);
    }
  }
  const load = () => (loading ??= read());

  return {
    load,
    get: (name) => values.get(name),
    async set(name, value) {
      await load();
      if (refusal) throw new SecretStorageRefused(`cannot store ${name}: ${refusal}`);
      const ciphertext = await encrypt(value);
      write({ ...encrypted(), [name]: ciphertext });
      values.set(name, value);
      problems.delete(name);
    },
    async delete(name) {
      await load();
      const { [name]: forgotten, ...rest } = encrypted();
      if (forgotten !== undefined) write(rest);
      values.delete(name);
      problems.delete(name);
    },
    has: (name) => values.has(name) || problems.has(name),
    names: () => [...new Set([...values.keys(), ...problems.keys()])],
    problem: (name) => problems.get(name),
    refusal: () => refusal,
  };
}
