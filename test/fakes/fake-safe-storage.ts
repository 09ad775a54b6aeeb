/** A stand-in for Electron's safeStorage: reversible fake encryption under a key that can be "changed", as a new OS keychain would. */
import type { SafeStorageLike } from "../../main/app/safe-storage-secrets";

/** The fake and the knobs tests turn. */
export interface FakeSafeStorage extends SafeStorageLike {
  /** Whether the OS offers encryption (false: Linux without a keyring, or before `ready`). */
  available: boolean;
  backend: ReturnType<SafeStorageLike["getSelectedStorageBackend"]>;
  /** The keychain's key: ciphertext made under another key does not decrypt. */
  key: number;
  /** Keys whose ciphertext still decrypts but should be re-encrypted (the keychain rotated its key), as `shouldReEncrypt` says. */
  retiredKeys: number[];
  /** How many times a ciphertext was decrypted: the app decrypts each secret once, not per request. */
  decryptions: number;
  /** Encrypts synchronously, for tests that plant ciphertext. */
  encryptString(plainText: string): Buffer;
  /** Decrypts synchronously, for tests that read the file. */
  decryptString(encrypted: Buffer): string;
}

// Chromium prefixes its ciphertext with a version tag; the fake does too, so foreign bytes are told apart.
const TAG = "v10";

/** A fake with encryption available on a GNOME keyring. */
export function fakeSafeStorage(overrides: Partial<Pick<FakeSafeStorage, "available" | "backend" | "key">> = {}): FakeSafeStorage {
  const xor = (bytes: Uint8Array, key: number) => Buffer.from(bytes.map((byte, i) => byte ^ ((key + i) & 0xff)));
  const keyOf = (encrypted: Buffer) => (encrypted.subarray(0, TAG.length).toString() === TAG ? encrypted[TAG.length] : undefined);
  const fake: FakeSafeStorage = {
    available: true,
    backend: "gnome_libsecret",
    key: 0x5a,
    retiredKeys: [],
    decryptions: 0,
    ...overrides,
    isAsyncEncryptionAvailable: async () => fake.available,
    getSelectedStorageBackend: () => fake.backend,
    encryptString(plainText) {
      if (!fake.available) throw new Error("Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.");
      // The key's id travels with the ciphertext, so decrypting under another key fails as Chromium's does.
      return Buffer.concat([Buffer.from(TAG), Buffer.from([fake.key]), xor(Buffer.from(plainText, "utf8"), fake.key)]);
    },
    decryptString(encrypted) {
      if (!fake.available) throw new Error("Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.");
      const key = keyOf(encrypted);
      if (key === undefined || (key !== fake.key && !fake.retiredKeys.includes(key))) {
        throw new Error("Error while decrypting the ciphertext provided to safeStorage.decryptString.");
      }
      return xor(encrypted.subarray(TAG.length + 1), key).toString("utf8");
    },
    encryptStringAsync: async (plainText) => fake.encryptString(plainText),
    async decryptStringAsync(encrypted) {
      fake.decryptions += 1;
      const result = fake.decryptString(encrypted);
      return { result, shouldReEncrypt: keyOf(encrypted) !== fake.key };
    },
  };
  return fake;
}
