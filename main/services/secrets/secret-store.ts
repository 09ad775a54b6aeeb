/**
 * Source secrets the app keeps for the user, and the lookup the sources read them through: a
 * stored secret wins over the environment variable of the same name. No electron import: the
 * safeStorage adapter lives in main/app, and tests use the memory store.
 */
import type { SecretEnv } from "../sources/http/credentials";

/** Secrets by the `password_env` name that refers to them. */
export interface SecretStore {
  /** The secret stored under `name`; undefined when none is, or when it cannot be read (see `problem`). */
  get(name: string): string | undefined;
  /** Stores `value` under `name` (encrypting takes a moment); rejects with SecretStorageRefused when this store cannot keep it safely. */
  set(name: string, value: string): Promise<void>;
  /** Forgets the secret stored under `name` (nothing happens when there is none). */
  delete(name: string): Promise<void>;
  /** True when something is stored under `name`, readable or not. */
  has(name: string): boolean;
  /** The names something is stored under. */
  names(): string[];
  /** Why the secret stored under `name` cannot be read (say, the keychain changed); undefined when it can or none is stored. */
  problem(name: string): string | undefined;
  /** Why this store refuses to keep secrets at all; undefined when it can keep them. */
  refusal(): string | undefined;
}

/** Thrown by `SecretStore.set` when the secret cannot be kept safely; the message says why and what to do instead. */
export class SecretStorageRefused extends Error {
  override name = "SecretStorageRefused";
}

/** A store that lives as long as the process: the tests, and the browser test host. */
export function memorySecretStore(): SecretStore {
  const secrets = new Map<string, string>();
  return {
    get: (name) => secrets.get(name),
    set: async (name, value) => void secrets.set(name, value),
    delete: async (name) => void secrets.delete(name),
    has: (name) => secrets.has(name),
    names: () => [...secrets.keys()],
    problem: () => undefined,
    refusal: () => undefined,
  };
}

/** Where the secret behind a `password_env` name comes from right now. */
export type SecretOrigin = "stored" | "environment" | "missing";

/** Where `name` resolves from: the store first, then the environment (an empty variable counts as unset, as the sources treat it). */
export function secretOrigin(name: string, store: SecretStore, env: SecretEnv): SecretOrigin {
  if (store.get(name) !== undefined) return "stored";
  const fromEnv = env[name];
  return fromEnv !== undefined && fromEnv !== "" ? "environment" : "missing";
}

/**
 * The env the app's sources read secrets from: stored secrets first, then `env` (process.env).
 * Sources look a secret up at every request (`env[name]`), so this is a live view rather than a
 * copy: a secret stored or forgotten in the Sources panel counts from the next read, and stored
 * secrets are decrypted only when a request needs them.
 */
export function storedSecretsFirst(store: SecretStore, env: SecretEnv): SecretEnv {
  return new Proxy(Object.freeze({}) as SecretEnv, {
    get: (_target, name) => (typeof name === "string" ? (store.get(name) ?? env[name]) : undefined),
  });
}
