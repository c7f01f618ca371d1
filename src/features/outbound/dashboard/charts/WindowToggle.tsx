import { useId } from 'react';
import type { RateWindowMinutes } from './tweetRates';

const choices: readonly RateWindowMinutes[] = [15, 60];

interface WindowToggleProps {
  minutes: RateWindowMinutes;
  onChange: (minutes: RateWindowMinutes) => void;
}

/** How far back the charts look: a radio group (arrow keys move between the choices). */
export function WindowToggle({ minutes, onChange }: WindowToggleProps) {
  const name = useId();
  return (
    <fieldset className="rate-window">
      <legend>Time window</legend>
      {choices.map((choice) => (
        <label key={choice} className="rate-window__choice">
          <input type="radio" name={name} value={choice} checked={minutes === choice} onChange={() => onChange(choice)} /> Last {choice} minutes
        </label>
      ))}
    </fieldset>
  );
}
