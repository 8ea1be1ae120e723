// Under a step: the notice when the built-in coach stood in, the AI disclosure when it is waiting for a choice,
// and a failed request with "Try again". Shared by the prompt, review and summary steps.
import { Show, lazy } from 'solid-js';
import { useRunner } from './runner-context';

// Seen once per browser at most (the choice is remembered), so it is not part of the runner's first load.
const AiDisclosure = lazy(() => import('../AiDisclosure'));

/** The button that asked ("Go deeper") was disabled while waiting, which drops the focus: give it a place. */
const takeFocusIfLost = (button: HTMLButtonElement) =>
  queueMicrotask(() => {
    const active = document.activeElement;
    if (!active || active === document.body || (active as HTMLButtonElement).disabled) button.focus();
  });

export default function CoachStatus() {
  const { coach, store, onDevice } = useRunner();
  return (
    <>
      <Show when={coach.request.notice()}>
        <p class="notice" role="status">
          {coach.request.notice()}
        </p>
      </Show>
      <Show when={coach.awaitingChoice()}>
        {(waiting) => (
          <AiDisclosure
            scope={waiting().scope}
            checkIns={(store.draft.checkIns?.length ?? 0) > 0}
            onChoose={coach.choose}
            onDevice={onDevice}
          />
        )}
      </Show>
      <Show when={coach.request.failure()}>
        {(failure) => (
          // A failure that offers the built-in guide was said in the runner's status line; the rest are alerts.
          <div class="error" role={failure().useBuiltIn ? undefined : 'alert'}>
            <p>{failure().message}</p>
            <div class="button-row">
              <Show when={failure().useBuiltIn}>
                {(useBuiltIn) => (
                  <button type="button" class="primary" ref={takeFocusIfLost} onClick={() => useBuiltIn()()}>
                    Use the built-in guide
                  </button>
                )}
              </Show>
              <button
                type="button"
                ref={failure().useBuiltIn ? undefined : takeFocusIfLost}
                onClick={() => failure().retry()}
              >
                Try again
              </button>
              <button type="button" onClick={() => coach.request.dismissFailure()}>
                Dismiss
              </button>
            </div>
          </div>
        )}
      </Show>
    </>
  );
}
