/** A one-field form (a skip reason, a note) that refuses to send blank text and says so. */
import { useState, type FormEvent, type ReactNode } from "react";

/** What the form asks and does; `onCancel` absent means the form stays (no Cancel button). */
export interface TextFormProps {
  label: string;
  submit: ReactNode;
  busy: boolean;
  onSubmit: (text: string, clear: () => void) => void;
  onCancel?: () => void;
  /** A textarea instead of one line. */
  multiline?: boolean;
  /** Takes focus when shown (forms opened by a button). */
  autoFocus?: boolean;
  /** Controls beside Submit (e.g. a second way to submit). */
  extra?: (text: string, clear: () => void) => ReactNode;
}

/** The form; the text is trimmed before it is sent, and `clear` empties the field once the caller has saved it. */
export function TextForm({ label, submit, busy, onSubmit, onCancel, multiline = false, autoFocus = false, extra }: TextFormProps) {
  const [text, setText] = useState("");
  const [blank, setBlank] = useState(false);
  const clear = () => setText("");
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === "") return setBlank(true);
    onSubmit(text.trim(), clear);
  };
  const field = {
    className: "input",
    value: text,
    "aria-required": true,
    autoFocus,
    "aria-invalid": blank,
    onChange: (e: { target: { value: string } }) => {
      setText(e.target.value);
      setBlank(false);
    },
  };
  return (
    <form className={`text-form${multiline ? " text-form--multiline" : ""}`} onSubmit={send}>
      <label className="text-form__label">
        {label}
        {multiline ? <textarea rows={3} {...field} /> : <input {...field} />}
      </label>
      <div className="row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {submit}
        </button>
        {extra?.(text.trim(), clear)}
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
        {blank && (
          <span className="status status--error" role="alert">
            Write something first.
          </span>
        )}
      </div>
    </form>
  );
}
