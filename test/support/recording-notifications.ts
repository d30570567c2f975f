// A test double for the notification port (src/app/notifications.ts): it records every notice a
// use case hands over, so a use-case test can say who was told what without Teams.
import type { HandoverNotice, Notifications } from '../../src/app/notifications.js';

export interface RecordingNotifications extends Notifications {
  readonly notices: HandoverNotice[];
}

export function recordingNotifications(): RecordingNotifications {
  const notices: HandoverNotice[] = [];
  return {
    notices,
    handedOver(notice) {
      notices.push(notice);
    },
  };
}
