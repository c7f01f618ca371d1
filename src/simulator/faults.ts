import type { FaultsBody } from './control/controlSchemas';

/** How the next tweet operation is made to fail (`POST /sim/faults {failNext}`). */
export type InjectedFailure =
  | { kind: 'status'; statusCode: number; statusMessage: string | undefined; operationName: string | undefined }
  | { kind: 'notification'; errorMessage: string; operationName: string | undefined };

export interface FaultState {
  /** Extra delay before every REST request is answered. */
  delayMs: number;
  failNext: InjectedFailure | undefined;
  /** How many of the next notifications are dropped. */
  dropNotifications: number;
}

export const noFaults: FaultState = { delayMs: 0, failNext: undefined, dropNotifications: 0 };

/** Pure: the fault state after a `POST /sim/faults` body (fields not given stay as they were). */
export function withFaults(state: FaultState, body: FaultsBody): FaultState {
  const failNext = body.failNext;
  return {
    delayMs: body.delayMs ?? state.delayMs,
    dropNotifications: body.dropNotifications ?? state.dropNotifications,
    failNext:
      failNext === undefined
        ? state.failNext
        : failNext === null
          ? undefined
          : 'errorMessage' in failNext
            ? { kind: 'notification', errorMessage: failNext.errorMessage, operationName: failNext.operationName }
            : {
                kind: 'status',
                statusCode: failNext.statusCode,
                statusMessage: failNext.statusMessage,
                operationName: failNext.operationName,
              },
  };
}

/**
 * Pure: whether an injected failure is for this operation. Without `operationName` it is for the
 * next tweet operation (Create, Save, Send, Cancel, Complete); with one, only for that operation.
 */
export function failureApplies(failure: InjectedFailure, operationName: string, isTweetOperation: boolean): boolean {
  return failure.operationName === undefined ? isTweetOperation : failure.operationName === operationName;
}

/** The mutable holder one simulator instance keeps; each take*() consumes a one-shot fault. */
export interface Faults {
  readonly state: FaultState;
  apply(body: FaultsBody): FaultState;
  /** The injected failure for this operation, if there is one (consumed). */
  takeFailNext(operationName: string, isTweetOperation: boolean): InjectedFailure | undefined;
  /** True when this notification is to be dropped (and counts it down). */
  takeDrop(): boolean;
  reset(): void;
}

export function createFaults(): Faults {
  let state = noFaults;
  return {
    get state() {
      return state;
    },
    apply(body) {
      state = withFaults(state, body);
      return state;
    },
    takeFailNext(operationName, isTweetOperation) {
      const failure = state.failNext;
      if (!failure || !failureApplies(failure, operationName, isTweetOperation)) return undefined;
      state = { ...state, failNext: undefined };
      return failure;
    },
    takeDrop() {
      if (state.dropNotifications <= 0) return false;
      state = { ...state, dropNotifications: state.dropNotifications - 1 };
      return true;
    },
    reset() {
      state = noFaults;
    },
  };
}
