import { useEffect, useState } from 'react';

/**
 * Whether an element has come within `margin` of the visible area, once (it stays true): a map
 * or a chart loads its code only then, so a page that never shows it never downloads it. Where
 * IntersectionObserver is missing, at once. `ref` is a callback ref for the element.
 */
export function useIsNearViewport<T extends Element>(margin = '300px') {
  const [element, setElement] = useState<T | null>(null);
  const [isNear, setIsNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (isNear || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setIsNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, isNear, margin]);
  return { ref: setElement, isNear };
}
