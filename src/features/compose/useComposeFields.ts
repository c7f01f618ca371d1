import { useMemo, useState } from 'react';
import { useMessageDraft } from '../../shared/services/appServices';
import { useRuntimeConfig } from '../../shared/config/RuntimeConfigContext';
import { useGwsSession } from '../../shared/session/GwsSessionContext';
import { checkComposeForm, type ComposeField, type ComposeFormCheck, type ComposeFormValues } from './composeFormSchema';
import { initialChoice, rememberedChoices } from './rememberedChoices';

/** The fields a submit can find wrong, in the order it focuses them. */
export type CheckedField = Exclude<ComposeField, 'saveLAR'>;
export const composeFieldOrder: readonly CheckedField[] = ['from', 'queuePath', 'message'];

export interface ComposeFields {
  values: ComposeFormValues;
  check: ComposeFormCheck;
  update<K extends keyof ComposeFormValues>(field: K, value: ComposeFormValues[K]): void;
  /** The error to show next to a field: only after a submit attempt (never on focus or blur). */
  errorOf(field: ComposeField): string | undefined;
  /** A submit was attempted: shows the field errors; the first field in error, if any. */
  submitAttempted(): CheckedField | undefined;
  /** After Sent: an empty message, no errors shown; From, Queue and Save me stay. */
  startNextTweet(): void;
}

/**
 * The form's values: From and Queue start as the user last chose them (localStorage, per user and
 * GWS) while still offered, the message as the user left it (the unsent-message store, which
 * survives a reload and a session expiry).
 */
export function useComposeFields(): ComposeFields {
  const { user, twitterAccounts } = useGwsSession();
  const { queues, gwsBaseUrl } = useRuntimeConfig();
  const messageDraft = useMessageDraft();
  const remembered = useMemo(() => rememberedChoices(gwsBaseUrl || window.location.origin, user.userName), [gwsBaseUrl, user.userName]);
  const [values, setValues] = useState<ComposeFormValues>(() => {
    const last = remembered.read();
    return {
      from: initialChoice(twitterAccounts.map((account) => account.screenName), last?.from),
      queuePath: initialChoice(queues.map((queue) => queue.path), last?.queuePath),
      message: messageDraft.get(user.userName),
      saveLAR: false,
    };
  });
  const [showErrors, setShowErrors] = useState(false);
  const check = checkComposeForm(values);

  return {
    values,
    check,
    update(field, value) {
      const next = { ...values, [field]: value };
      setValues(next);
      if (field === 'message') messageDraft.set(user.userName, next.message);
      if (field === 'from' || field === 'queuePath') remembered.write({ from: next.from, queuePath: next.queuePath });
    },
    errorOf: (field) => (showErrors ? check.errors[field] : undefined),
    submitAttempted() {
      setShowErrors(true);
      return composeFieldOrder.find((field) => check.errors[field] !== undefined);
    },
    startNextTweet() {
      messageDraft.set(user.userName, '');
      setValues({ ...values, message: '' });
      setShowErrors(false);
    },
  };
}
