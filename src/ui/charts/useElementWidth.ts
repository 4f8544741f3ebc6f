import { useCallback, useEffect, useState } from 'react';

/**
 * The content width of an element (0 until measured), kept up to date with a ResizeObserver.
 * Returns a callback ref, so an element that is unmounted and mounted again is observed again.
 */
export function useElementWidth<T extends HTMLElement>() {
  const [element, setElement] = useState<T | null>(null);
  const [width, setWidth] = useState(0);
  const ref = useCallback((node: T | null) => setElement(node), []);
  useEffect(() => {
    if (!element) return undefined;
    setWidth(Math.floor(element.clientWidth));
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? element.clientWidth);
      setWidth((prev) => (Math.abs(prev - next) >= 1 ? next : prev));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [ref, width] as const;
}
