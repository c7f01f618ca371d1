import { useEffect } from 'react';

type Titled = Pick<Document, 'title'>;

/** Writes the title and returns it as the document reads it back (a browser trims and collapses spaces). */
function retitle(target: Titled, title: string): string {
  target.title = title;
  return target.title;
}

/**
 * Puts "(count) " before the document's title while `count` is above 0, and puts the title back
 * when it drops to 0 or the component goes away, so the tab shows the alerts from another tab.
 * The title the count sits in front of is whatever the title is when the count is shown; when
 * something else has changed the title meanwhile, that title is left alone.
 */
export function useTitleCount(count: number, target: Titled): void {
  useEffect(() => {
    if (count <= 0) return undefined;
    const original = target.title;
    const shown = retitle(target, `(${count}) ${original}`);
    return () => {
      if (target.title === shown) retitle(target, original);
    };
  }, [count, target]);
}
