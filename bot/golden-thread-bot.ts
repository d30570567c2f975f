// The bot's activity handling, kept thin over the application services so that moving to the
// Microsoft 365 Agents SDK later is one adapter. People are matched by their Entra object id.
import { TeamsActivityHandler, type TurnContext } from 'botbuilder';
import type { AppDeps } from '../src/app/deps.js';
import { myReturns } from '../src/app/returns/my-returns.js';
import { formatDate } from '../src/domain/periods/index.js';

export const HELP_TEXT = [
  'I can help you with your performance returns. Try:',
  '- **my returns**: what you have to enter, check or authorise',
  '- **help**: this message',
].join('\n');

export class GoldenThreadBot extends TeamsActivityHandler {
  constructor(private readonly deps: AppDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.reply(context);
      await next();
    });
  }

  private async reply(context: TurnContext): Promise<void> {
    const text = (context.activity.text ?? '').trim().toLowerCase();
    const personId = context.activity.from?.aadObjectId ?? context.activity.from?.id;
    const person = personId ? await this.deps.store.get('people', personId) : null;
    if (!person) {
      await context.sendActivity(
        'I do not recognise you as one of the council’s officers. Ask the performance team to add you.',
      );
      return;
    }
    if (text === 'my returns') {
      const mine = await myReturns(this.deps, person.id);
      const line = (v: (typeof mine.toEnter)[number]) =>
        `- ${v.indicator.code} ${v.indicator.title}, ${v.periodLabel} (due ${formatDate(v.dueDate)}${v.overdue ? ', overdue' : ''})`;
      const parts = [
        mine.toEnter.length
          ? `To enter:\n${mine.toEnter.map(line).join('\n')}`
          : 'Nothing to enter.',
        mine.toCheck.length ? `To check:\n${mine.toCheck.map(line).join('\n')}` : '',
        mine.toAuthorise.length ? `To authorise:\n${mine.toAuthorise.map(line).join('\n')}` : '',
      ].filter(Boolean);
      await context.sendActivity(parts.join('\n\n'));
      return;
    }
    await context.sendActivity(HELP_TEXT);
  }
}
