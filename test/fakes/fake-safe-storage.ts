/** A stand-in for Electron's safeStorage: reversible fake encryption under a key that can be "changed", as a new OS keychain would. */
import type { SafeStorageLike } from "../../main/app/safe-storage-secrets";

/** The fake and the knobs tests turn. */
export interface FakeSafeStorage extends SafeStorageLike {
  /** Whether the OS offers encryption (false: Linux without a keyring, or before `ready`). */
  available: boolean;
  backend: ReturnType<SafeStorageLike["getSelectedStorageBackend"]>;
  /** The keychain's key: ciphertext made under another key does not decrypt. */
  key: number;
}

// Chromium prefixes its ciphertext with a version tag; the fake does too, so foreign bytes are told apart.
const TAG = "v10";

/** A fake with encryption available on a GNOME keyring. */
export function fakeSafeStorage(overrides: Partial<Pick<FakeSafeStorage, "available" | "backend" | "key">> = {}): FakeSafeStorage {
  const fake: FakeSafeStorage = {
    available: true,
    backend: "gnome_libsecret",
    key: 0x5a,
    ...overrides,
    isEncryptionAvailable: () => fake.available,
    getSelectedStorageBackend: () => fake.backend,
    encryptString(plainText) {
      if (!fake.available) throw new Error("Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.");
      const body = Buffer.from(plainText, "utf8").map((byte, i) => byte ^ ((fake.key + i) & 0xff));
      // The key's id travels with the ciphertext, so decrypting under another key fails as Chromium's does.
      return Buffer.concat([Buffer.from(TAG), Buffer.from([fake.key]), body]);
    },
    decryptString(encrypted) {
      if (!fake.available) throw new Error("Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.");
      if (encrypted.subarray(0, TAG.length).toString() !== TAG || encrypted[TAG.length] !== fake.key) {
        throw new Error("Error while decrypting the ciphertext provided to safeStorage.decryptString.");
      }
      return Buffer.from(encrypted.subarray(TAG.length + 1).map((byte, i) => byte ^ ((fake.key + i) & 0xff))).toString("utf8");
    },
  };
  return fake;
}
