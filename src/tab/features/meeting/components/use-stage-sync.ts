// The presenter's navigation is what everyone sees: the presenter's stage posts each route change
// to the server; every other stage polls every 1.5 s and follows. Polling, not server-sent events:
// it survives App Service's proxy and Teams' web view with nothing to configure, and a second's
// lag is fine for a meeting moving between pages.
import { useEffect, useRef, useState } from 'react';
import { getStage, putStage, type StageState } from '../api/index.js';

export const POLL_MS = 1500;

export interface StageSync {
  state: StageState | null;
  presenting: boolean;
}

export function useStageSync(meetingId: string | null, meId: string | undefined): StageSync {
  const [state, setState] = useState<StageState | null>(null);
  const applied = useRef(0);
  const presenting = Boolean(state && meId && state.presenterId === meId);

  // Viewers: poll and follow.
  useEffect(() => {
    if (!meetingId) return;
    let stopped = false;
    const tick = async () => {
      try {
        const s = await getStage(meetingId);
        if (stopped || !s) return;
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

  // Presenter: publish every move.
  useEffect(() => {
    if (!meetingId || !presenting) return;
    const publish = () => {
      const route = window.location.hash || '#/dashboard';
      if (route === state?.route) return;
      putStage(meetingId, route).then(
        (s) => {
          applied.current = s.seq;
          setState(s);
        },
        () => {},
      );
    };
    window.addEventListener('hashchange', publish);
    return () => window.removeEventListener('hashchange', publish);
  }, [meetingId, presenting, state?.route]);

  return { state, presenting };
}
