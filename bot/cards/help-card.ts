// What an officer can say to the bot, and what the performance team can say in a team channel.
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
  {
    title: 'KA12 on track 60% planning permission granted',
    value:
      'Give a key action’s progress: its code, not started / on track / some risk / unlikely / complete, % complete and a comment',
  },
  { title: 'remind me tomorrow', value: 'No more reminders before the next working day' },
  {
    title: 'on leave until 14/08',
    value: 'Reminders go to your delegate (or Responsible Officer) until you are back',
  },
  { title: 'help', value: 'This card' },
];

/** Team scope only: typed in a channel (mentioning the bot) by the performance team. */
const CHANNEL_COMMANDS: Array<{ title: string; value: string }> = [
  { title: 'post reports here', value: 'Post the quarter-complete card in this channel' },
  {
    title: 'post dashboards here',
    value: 'Post each strategic dashboard edition in this channel (the Leadership Team’s)',
  },
  { title: 'stop posting reports here', value: 'No more quarter-complete cards in this channel' },
];

export function helpCard(): AdaptiveCard {
  return card([
    text('Golden Thread', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    text('I help you with your performance returns. You can type:'),
    { type: 'FactSet', facts: COMMANDS },
    text('In a team channel, the performance team can type (after @Golden Thread):', {
      spacing: 'Medium',
    }),
    { type: 'FactSet', facts: CHANNEL_COMMANDS },
    text('Numbers can be typed as you would write them: 1,234 or 12.5% or £3,400.', {
      isSubtle: true,
    }),
  ]);
}
