/**
 * The app's SecretStore: each secret encrypted with Electron's safeStorage (the OS keychain:
 * Keychain on macOS, DPAPI on Windows, libsecret or KWallet on Linux), kept as base64 in
 * `secrets.json` in the user-data folder. Plaintext never reaches the file: without a keychain
 * the store refuses to keep secrets and the user sets environment variables instead.
 */
import type { SafeStorage } from "electron";
import type { KeyValueStore } from "../services/alerts/key-value-store";
import { SecretStorageRefused, type SecretStore } from "../services/secrets/secret-store";

/** The part of Electron's safeStorage the store uses, so tests pass a fake. */
export type SafeStorageLike = Pick<SafeStorage, "isEncryptionAvailable" | "encryptString" | "decryptString" | "getSelectedStorageBackend">;

/** What the store is built from. */
export interface SafeStorageSecretsOptions {
  safeStorage: SafeStorageLike;
  /** `process.platform`: the storage backend is a Linux question only. */
  platform: NodeJS.Platform;
  /** Opens the file the encrypted secrets live in (electron-store `secrets.json` in the app); called on first use. */
  openStore: () => KeyValueStore;
}

/** The one key of the file: name → base64 of the safeStorage ciphertext. */
const ENCRYPTED_KEY = "encrypted";

/** Why secrets cannot be encrypted on this machine now, or undefined when they can. */
function encryptionRefusal(safeStorage: SafeStorageLike, platform: NodeJS.Platform): string | undefined {
  if (!safeStorage.isEncryptionAvailable()) {
    return "the operating system offers no keychain to encrypt secrets with, so the app will not store them; set the source's password_env environment variable before starting the app instead";
  }
  // On Linux without a recognised keyring Chromium falls back to a hard-coded key: encryption in name only.
  if (platform === "linux" && safeStorage.getSelectedStorageBackend() === "basic_text") {
    return "no keyring (GNOME Keyring/libsecret or KWallet) is running, and without one the secret would be written with a well-known key, as good as plaintext; start a keyring, or set the source's password_env environment variable before starting the app instead";
  }
  return undefined;
}

/** Builds the store; nothing is opened or decrypted until a secret is asked for. */
export function safeStorageSecrets(options: SafeStorageSecretsOptions): SecretStore {
  const { safeStorage, platform } = options;
  let file: KeyValueStore | undefined;
  const encrypted = (): Record<string, string> => {
    file ??= options.openStore();
    const stored = file.get(ENCRYPTED_KEY);
    // A hand-edited file with another shape holds nothing usable; it is replaced on the next set.
    if (typeof stored !== "object" || stored === null) return {};
    return Object.fromEntries(Object.entries(stored).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  };
  const write = (next: Record<string, string>) => {
    file ??= options.openStore();
    file.set(ENCRYPTED_KEY, next);
  };
  const decrypt = (name: string): { value: string } | { problem: string } | undefined => {
    const base64 = encrypted()[name];
    if (base64 === undefined) return undefined;
    try {
      return { value: safeStorage.decryptString(Buffer.from(base64, "base64")) };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { problem: `the stored secret ${name} cannot be decrypted (${detail}); the OS keychain may have changed since it was saved: enter it again` };
    }
  };

  return {
    get(name) {
      const read = decrypt(name);
      return read && "value" in read ? read.value : undefined;
    },
    set(name, value) {
      const refusal = encryptionRefusal(safeStorage, platform);
      if (refusal) throw new SecretStorageRefused(`cannot store ${name}: ${refusal}`);
      write({ ...encrypted(), [name]: safeStorage.encryptString(value).toString("base64") });
    },
    delete(name) {
      const { [name]: forgotten, ...rest } = encrypted();
      if (forgotten !== undefined) write(rest);
    },
    has: (name) => Object.hasOwn(encrypted(), name),
    names: () => Object.keys(encrypted()),
    problem(name) {
      const read = decrypt(name);
      return read && "problem" in read ? read.problem : undefined;
    },
    refusal: () => encryptionRefusal(safeStorage, platform),
  };
}
