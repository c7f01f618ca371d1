import { useId, useState } from 'react';
import { isValidThreshold } from './alertRules';

interface ThresholdFieldProps {
  label: string;
  /** The stored threshold; undefined = this alert is off. */
  value: number | undefined;
  /** Called only with what may be stored (a valid threshold, or undefined for an empty field), when it changed. */
  onChange: (value: number | undefined) => void;
}

export const thresholdError = 'Enter a whole number of 1 or more, or leave it empty for no alert.';

/** What the field holds: `ok` with the threshold (undefined when empty), or not a threshold. */
function parseThreshold(text: string, badInput: boolean): { ok: true; value: number | undefined } | { ok: false } {
  // A number field reads "" for what it cannot parse ("1e", "--1"); `badInput` tells it from empty.
  if (badInput) return { ok: false };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const value = Number(trimmed);
  return isValidThreshold(value) ? { ok: true, value } : { ok: false };
}

/**
 * A threshold's number field. What is typed is saved when the field is left or Enter is pressed —
 * not on each keystroke, which would briefly arm "1" on the way to "10" and could notify for it.
 * An invalid entry stays in the field, is explained under it (aria-describedby) and is not saved.
 */
export function ThresholdField({ label, value, onChange }: ThresholdFieldProps) {
  const ids = { field: useId(), hint: useId(), error: useId() };
  // What is being typed (undefined: the field shows the stored value), and whether it was refused.
  const [draft, setDraft] = useState<{ text: string; badInput: boolean } | undefined>(undefined);
  const [invalid, setInvalid] = useState(false);
  const describedBy = invalid ? `${ids.hint} ${ids.error}` : ids.hint;

  const commit = (): void => {
    if (!draft) return;
    const entered = parseThreshold(draft.text, draft.badInput);
    setInvalid(!entered.ok);
    if (!entered.ok) return;
    setDraft(undefined);
    if (entered.value !== value) onChange(entered.value);
  };

  return (
    <div className="alert-settings__field">
      <label htmlFor={ids.field}>{label}</label>
      <input
        id={ids.field}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        value={draft?.text ?? (value === undefined ? '' : String(value))}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          const next = { text: event.target.value, badInput: event.target.validity.badInput };
          setDraft(next);
          // A refused entry is cleared of its error as soon as it is fixed (new errors wait for Enter or leaving).
          if (invalid && parseThreshold(next.text, next.badInput).ok) setInvalid(false);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <p id={ids.hint} className="alert-settings__hint">
        Empty: no alert. Saved when you press Enter or leave the field.
      </p>
      {invalid && (
        <p id={ids.error} className="alert-settings__error">
          {thresholdError}
        </p>
      )}
    </div>
  );
}
