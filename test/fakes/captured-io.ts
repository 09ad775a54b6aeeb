/** A CliIo that records what a command prints, for tests of runCli. */
import type { CliIo } from "../../main/cli/command";

/** The recorded output of one command run. */
export interface CapturedIo extends CliIo {
  stdout(): string;
  stderr(): string;
}

/** A fresh CliIo with the given environment. */
export function capturedIo(env: Record<string, string | undefined> = {}): CapturedIo {
  let out = "";
  let err = "";
  return {
    out: { write: (text: string) => (out += text) },
    err: { write: (text: string) => (err += text) },
    env,
    stdout: () => out,
    stderr: () => err,
  };
}
