// My work's other answers: the people to choose from and the reminders sent to me (the returns,
// action plans and key-action updates have their own modules).

/** GET /api/people, one entry: enough to choose a plan's owner by name. */
export interface PersonOption {
  id: string;
  name: string;
  jobTitle: string;
}

/** GET /api/reminders/mine, one entry: a reminder sent to me, newest first. */
export interface MyReminder {
  key: string;
  day: string;
  stage: string;
  status: string;
  reason: string;
  sentAt: string | null;
  indicatorCode: string | null;
  periodLabel: string | null;
}
