import { useId, useState } from 'react';
import { formatCount } from '../model/timeFormat';

/** Text longer than this, or with more lines, is clipped until expanded. */
const maxCharacters = 600;
const maxLines = 6;

function isLong(text: string): boolean {
  if (text.length > maxCharacters) return true;
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    lines += 1;
    if (lines > maxLines) return true;
  }
  return false;
}

/**
 * Text from GWS or Twitter as plain text. A long text is clipped visually (a few lines, CSS) with
 * a "Show all" button that reveals the whole of it — the full text is always in the DOM, so
 * search, copy and screen readers reach it.
 */
export function ClippedText({ text, className }: { text: string; className?: string }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  if (!isLong(text)) return <span className={className}>{text}</span>;
  return (
    <>
      <span id={id} className={`${className ?? ''} clipped-text`.trim()} data-clipped={expanded ? undefined : ''}>
        {text}
      </span>
      <button type="button" className="clipped-text__toggle" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded(!expanded)}>
        {expanded ? 'Show less' : `Show all (${formatCount(text.length)} characters)`}
      </button>
    </>
  );
}
