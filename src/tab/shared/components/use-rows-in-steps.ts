// A long list drawn in two steps: the rows a screen can show first, the rest in the next task.
// On the meeting stage 300 indicators can mean 140 exceptions; drawing them all before the first
// paint kept the room looking at "Loading" for a tenth of a second or more on a slow laptop, for
// rows below the fold. The whole list is there a moment later (nothing is left out for keyboard or
// screen-reader users), and a new list starts again from its first rows.
import { useEffect, useState } from 'react';

export function useRowsInSteps<T>(rows: readonly T[], first = 16): readonly T[] {
  const [all, setAll] = useState<readonly T[] | null>(null);
  useEffect(() => {
    if (rows.length <= first) return;
    // The next frame, then a task after it: a bare setTimeout can run before the browser paints,
    // and the first rows would wait for the rest after all.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAll(rows), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [rows, first]);
  return all === rows || rows.length <= first ? rows : rows.slice(0, first);
}
