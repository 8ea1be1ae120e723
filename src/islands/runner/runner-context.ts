// What every step of the runner shares, handed down by context instead of through every component's props.
import { createContext, useContext, type Accessor } from 'solid-js';
import type { Autosave } from './create-autosave';
import type { CheckInFlow } from './create-check-in';
import type { CoachFlow } from './create-coach-flow';
import type { PreferencesControl } from './create-preferences';
import type { RunnerSet } from './runner-set';
import type { RunnerStore } from './runner-store';

export interface RunnerContextValue {
  set: RunnerSet;
  store: RunnerStore;
  autosave: Autosave;
  coach: CoachFlow;
  /** The "Since last time" step (its commitments, Continue, the sentence afterwards); null for other sets. */
  checkIn: Accessor<CheckInFlow | null>;
  /** Begin: to the check-in when there is one (once the journal has been read), else to the first prompt. */
  begin: () => Promise<void>;
  preferences: PreferencesControl;
  online: Accessor<boolean>;
  /** Each step's heading registers here; focus moves to it when the step changes. */
  headingRef: (element: HTMLHeadingElement) => void;
  /** Asks "Start again?" first. */
  askToRestart: () => void;
}

export const RunnerContext = createContext<RunnerContextValue>();

export function useRunner(): RunnerContextValue {
  const value = useContext(RunnerContext);
  if (!value) throw new Error('A runner step was rendered outside ReflectionRunner.');
  return value;
}
