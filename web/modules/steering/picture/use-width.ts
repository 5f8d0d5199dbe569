import { useLayoutEffect, useRef, useState } from 'react';

/** The width a drawing gets on the page, so it is drawn at that size and its text keeps its real size. */
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
