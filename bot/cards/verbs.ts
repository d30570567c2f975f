// The Action.Execute verbs the bot's cards carry; the handler table is keyed by the same names.
export const VERBS = [
  'return.submit',
  'return.confirm',
  'return.check',
  'return.authorise',
  'return.sendBack',
  'actionPlan.write',
  'card.refresh',
  'keyAction.submit',
  'keyAction.check',
  'keyAction.sendBack',
  'keyAction.refresh',
  'actionPlan.review',
  'actionPlan.approve',
  'actionPlan.reject',
  'risk.review',
  'risk.refresh',
  'deepDive.refresh',
] as const;

export type Verb = (typeof VERBS)[number];

export function isVerb(text: unknown): text is Verb {
  return typeof text === 'string' && (VERBS as readonly string[]).includes(text);
}
