import { createHash } from 'node:crypto';

/** Up to two initials of a screen name: `gc_support` → `GS`, `vitaliy` → `VI`. */
export function initialsOf(screenName: string): string {
  const parts = screenName.split(/[_\s]+|(?<=[a-z])(?=[A-Z])/).filter((p) => p.length > 0);
  const letters = parts.length >= 2 ? `${parts[0]?.[0] ?? ''}${parts[1]?.[0] ?? ''}` : screenName.slice(0, 2);
  return letters.toUpperCase() || '?';
}

/**
 * A round 48×48 SVG avatar with the account's initials, its colour derived from the name:
 * the simulator's stand-in for a Twitter profile image (there is no internet here).
 * `screenName` must already match Twitter's screen-name rule (letters, digits, `_`).
 */
export function avatarSvg(screenName: string): string {
  const hue = (createHash('sha1').update(screenName.toLowerCase()).digest()[0] ?? 0) * 360 / 256;
  const initials = initialsOf(screenName);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48" role="img" aria-label="@${screenName}">`,
    `<circle cx="24" cy="24" r="24" fill="hsl(${Math.round(hue)}, 55%, 42%)"/>`,
    `<text x="24" y="30.5" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="18" font-weight="700" fill="#ffffff">${initials}</text>`,
    '</svg>',
  ].join('');
}
