// "Start again?" asked inline before anything is cleared; "Keep my answers" has the focus, as the safe choice.
interface Props {
  onConfirm: () => void;
  onCancel: () => void;
}

export default function RestartConfirm(props: Props) {
  return (
    <div class="confirm" role="alertdialog" aria-labelledby="confirm-title" aria-describedby="confirm-text">
      <h3 id="confirm-title">Start again?</h3>
      <p id="confirm-text">
        This clears your answers and summary for this reflection from this device. It cannot be undone.
      </p>
      <div class="button-row">
        <button type="button" class="danger" onClick={() => props.onConfirm()}>
          Yes, clear and start again
        </button>
        <button
          type="button"
          class="primary"
          ref={(el) => queueMicrotask(() => el.focus())}
          onClick={() => props.onCancel()}
        >
          Keep my answers
        </button>
      </div>
    </div>
  );
}
