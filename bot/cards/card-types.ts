// The Adaptive Card JSON the bot sends. Schema 1.5 is the version Teams renders (Universal Actions
// need 1.4 or later). Elements are loosely typed: the builders' tests and the official
// `adaptivecards` parser check the output.
export type CardElement = Record<string, unknown>;

export type ExecuteAction = {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'positive' | 'destructive' | 'default';
  associatedInputs?: 'auto' | 'none';
};

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  refresh?: { action: ExecuteAction; userIds: string[] };
  msteams?: { width: 'Full' };
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function card(body: CardElement[], actions: CardElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** The card as a message attachment. */
export function attachment(content: AdaptiveCard) {
  return { contentType: CARD_CONTENT_TYPE, content };
}
