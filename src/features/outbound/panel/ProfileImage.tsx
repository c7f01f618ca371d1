import { useState } from 'react';
import { initialsOf } from '../model/entryView';

interface ProfileImageProps {
  /** Already checked to be an http(s) URL (entryView.profileImageUrlOf). */
  url: string | undefined;
  screenName: string | undefined;
}

function hueOf(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i += 1) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  return hash % 360;
}

/**
 * The Twitter profile image at a fixed 48×48, loaded lazily without a Referer; when there is no
 * usable URL or it fails to load, a generated avatar with the initials (plain HTML: the CSP
 * allows no data: images).
 */
export function ProfileImage({ url, screenName }: ProfileImageProps) {
  const [failedUrl, setFailedUrl] = useState<string | undefined>();
  const alt = screenName ? `@${screenName} profile image` : 'Profile image';

  if (url !== undefined && url !== failedUrl) {
    return (
      <img
        className="profile-image"
        src={url}
        alt={alt}
        width={48}
        height={48}
        loading="lazy"
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailedUrl(url)}
      />
    );
  }
  const name = screenName ?? '?';
  return (
    <span className="profile-image profile-image--initials" role="img" aria-label={alt} style={{ backgroundColor: `hsl(${hueOf(name)} 55% 30%)` }}>
      <span aria-hidden="true">{initialsOf(name)}</span>
    </span>
  );
}
