// What the official adaptivecards library says of a card: its parse warnings and validation
// problems, as messages (none for a card Teams will render as built).
import { createRequire } from 'node:module';

// The UMD build parses in Node without a DOM (its ESM build has extensionless imports).
export const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');

export function parseProblems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  card.parse(json, ctx);
  const problems: string[] = [];
  for (let i = 0; i < ctx.eventCount; i++) problems.push(ctx.getEventAt(i).message);
  const validation = card.validateProperties();
  for (let i = 0; i < validation.validationEvents.length; i++) {
    problems.push(validation.validationEvents[i].message);
  }
  return problems;
}
