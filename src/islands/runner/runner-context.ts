// What every step of the runner shares, handed down by context instead of through every component's props.
import { createContext, useContext, type Accessor, type Component } from 'solid-js';
import type { Autosave } from './create-autosave';
import type { CheckInFlow } from './create-check-in';
import type { CoachFlow } from './create-coach-flow';
import type { OnDeviceControl } from './create-on-device';
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
  /** The browser's own model: null until it is known that this browser has a Prompt API (most never do). */
  onDevice: Accessor<OnDeviceControl | null>;
  online: Accessor<boolean>;
  /** Each step's heading registers here; focus moves to it when the step changes. */
  headingRef: (element: HTMLHeadingElement) => void;
  /** Asks "Start again?" first. */
  askToRestart: () => void;
}

/**
 * The props of a step that loads later (review, summary): the context's value and the first load's shared parts.
 * Such a step imports no module of the first load, not even this one's context: a module the later steps import
 * too would be split out of the runner's first file into a file of its own (the bundler groups modules by who
 * imports them), and every extra file costs the first load bytes.
 */
export interface LaterStepProps {
  runner: RunnerContextValue;
  CoachStatus: Component;
  CoachSettings: Component;
}

export const RunnerContext = createContext<RunnerContextValue>();

export function useRunner(): RunnerContextValue {
  const value = useContext(RunnerContext);
  if (!value) throw new Error('A runner step was rendered outside ReflectionRunner.');
  return value;
}
