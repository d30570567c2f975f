// The presenter's navigation is what everyone sees: the presenter's stage posts each route change
// to the server; every other stage polls every 1.5 s (with the last ETag, so an unchanged stage is
// a bodiless 304) and follows. When Teams' own share icon opened the stage nobody presents yet: the
// first person Teams lets share who moves it becomes the presenter.
import { useEffect, useRef, useState } from 'react';
import { pollStage, putStage, type StageState } from '../api/index.js';

export const POLL_MS = 1500;

export interface StageSync {
  state: StageState | null;
  presenting: boolean;
  /** Nobody presents, and I may: my next move makes me the presenter. */
  mayTakeVacantStage: boolean;
}

export function useStageSync(
  meetingId: string | null,
  meId: string | undefined,
  mayShare: boolean | null,
): StageSync {
  const [state, setState] = useState<StageState | null>(null);
  const applied = useRef(0);
  const etag = useRef<string | null>(null);
  // Moves are posted one after another, each with the route as it is when its turn comes, so two
  // quick moves on a slow connection can never arrive out of order and leave the stage behind.
  const posting = useRef<Promise<void>>(Promise.resolve());
  const presenting = Boolean(state?.presenterId && meId && state.presenterId === meId);
  const mayTakeVacantStage = Boolean(meId && mayShare && !state?.presenterId);

  // Viewers: poll and follow.
  useEffect(() => {
    if (!meetingId) return;
    let stopped = false;
    const tick = async () => {
      try {
        const poll = await pollStage(meetingId, etag.current);
        if (stopped || !poll.changed) return;
        etag.current = poll.etag;
        const s = poll.state;
        if (!s) return;
        setState(s);
        if (s.seq > applied.current) {
          applied.current = s.seq;
          if (s.presenterId !== meId && window.location.hash !== s.route)
            window.location.hash = s.route;
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
    };
    void tick();
    const timer = window.setInterval(() => void tick(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [meetingId, meId]);

  // Presenter (or the first eligible person on a stage nobody presents): publish every move.
  useEffect(() => {
    if (!meetingId || !(presenting || mayTakeVacantStage)) return;
    const publish = () => {
      posting.current = posting.current.then(async () => {
        const route = window.location.hash || '#/dashboard';
        if (route === state?.route && presenting) return;
        try {
          const s = await putStage(meetingId, route);
          applied.current = s.seq;
          setState(s);
        } catch {
          // Refused: someone else presents now; the next poll shows whom, and this stage follows.
        }
      });
    };
    window.addEventListener('hashchange', publish);
    return () => window.removeEventListener('hashchange', publish);
  }, [meetingId, presenting, mayTakeVacantStage, state?.route]);

  return { state, presenting, mayTakeVacantStage };
}
