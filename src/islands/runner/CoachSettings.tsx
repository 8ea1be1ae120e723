// "Guide settings": who asks the follow-up questions (the AI, the built-in coach, or the browser's own model where
// this browser has one) and in which tone. The browser's model downloads from here only when the person clicks.
import { useRunner } from './runner-context';

export default function CoachSettings() {
  const { preferences, onDevice } = useRunner();
  const prefs = preferences.prefs;
  return (
    <details class="runner-settings">
      <summary>Guide settings</summary>
      <fieldset>
        <legend>Who asks the follow-up questions</legend>
        <label>
          <input
            type="radio"
            name="guide"
            checked={prefs().guide === 'ai'}
            onChange={() => preferences.update({ guide: 'ai' })}
          />{' '}
          The AI guide (Google Gemini, through our server)
        </label>
        <label>
          <input
            type="radio"
            name="guide"
            checked={prefs().guide === 'built-in'}
            onChange={() => preferences.update({ guide: 'built-in' })}
          />{' '}
          The built-in guide (nothing leaves this device)
        </label>
        {/* The third choice comes with the code for the browser's own model, where there is one. */}
        {onDevice()?.choice(preferences)}
      </fieldset>
      <fieldset>
        <legend>Tone</legend>
        <label>
          <input
            type="radio"
            name="tone"
            checked={prefs().tone === 'gentle'}
            onChange={() => preferences.update({ tone: 'gentle' })}
          />{' '}
          Gentle: unhurried, with room for feelings
        </label>
        <label>
          <input
            type="radio"
            name="tone"
            checked={prefs().tone === 'direct'}
            onChange={() => preferences.update({ tone: 'direct' })}
          />{' '}
          Direct: names patterns and asks the sharper question
        </label>
      </fieldset>
    </details>
  );
}
