// The width an element is given on screen, kept up to date as the column resizes: charts drawn
// at their real width keep their type legible at 320 px instead of shrinking a fixed drawing.
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useWidth<E extends Element>(): [RefObject<E | null>, number] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.floor(el.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
