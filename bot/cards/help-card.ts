// What an officer can say to the bot.
import { card, type AdaptiveCard } from './card-types.js';
import { text } from './parts.js';

const COMMANDS: Array<{ title: string; value: string }> = [
  { title: 'my returns', value: 'What you have to enter, check or authorise' },
  { title: 'status WR04', value: 'Where the latest return of an indicator stands' },
  {
    title: '42.5 routes changed in June',
    value: 'Enter a figure and commentary when one return is due',
  },
  { title: 'MB01 1,234 steady', value: 'Name the indicator when several are due' },
  { title: 'n/a survey not run', value: 'Say the figure is not available, and why' },
  { title: 'remind me tomorrow', value: 'No more reminders until 09:00 tomorrow' },
  {
    title: 'on leave until 14/08',
    value: 'Reminders go to your delegate (or Responsible Officer) until you are back',
  },
  { title: 'help', value: 'This card' },
];

export function helpCard(): AdaptiveCard {
  return card([
    text('Golden Thread', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text('I help you with your performance returns. You can type:'),
    { type: 'FactSet', facts: COMMANDS },
    text('Numbers can be typed as you would write them: 1,234 or 12.5% or £3,400.', {
      isSubtle: true,
    }),
  ]);
}
