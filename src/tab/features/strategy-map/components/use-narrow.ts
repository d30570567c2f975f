// How wide the map's place is, and whether it is too narrow for the map (the Teams side panel is 320 px): the width of
// the element itself, not the window, so the same view works in the tab, the panel and the stage.
import { useLayoutEffect, useRef, useState } from 'react';

/** Below this the cards of four columns do not fit side by side and the list reads better. */
export const NARROW_BELOW = 720;

export function useNarrow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width, narrow: width === null ? null : width < NARROW_BELOW };
}
