// The words marking each indicator whose figure is entered but not yet authorised, keyed by
// indicator id, handed from the map's data to every card without threading it through the layout.
import { createContext, useContext } from 'react';

export const ProvisionalContext = createContext<Readonly<Record<string, string>>>({});

/** "provisional — awaiting check" for an indicator whose figure is not final, else null. */
export function useProvisionalWords(indicatorId: string): string | null {
  return useContext(ProvisionalContext)[indicatorId] ?? null;
}
