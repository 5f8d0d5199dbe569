import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The width a chart has on the page, so it is drawn at that size: text in the chart keeps its
 * real size on a phone instead of being scaled down with a viewBox.
 */
export function useWidth<T extends HTMLElement>(initial = 360) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.floor(element.getBoundingClientRect().width)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
