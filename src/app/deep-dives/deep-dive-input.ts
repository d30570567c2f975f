// Reading a deep-dive review's fields from what a person sent: each problem is collected under its
// own field (`answers.implications`, `dueDate` …) so one 400 names every field that is wrong, and
// nothing is written until all are right. Bodies arrive loosely typed (the route does not shape
// them) because the person's role is checked first, before anything is said about the input.
import {
  DEEP_DIVE_QUESTION_KEYS,
  type DeepDiveQuestionKey,
} from '../../domain/deep-dives/index.js';
import { ValidationError, type FieldProblem } from '../../domain/errors/errors.js';
import type { DeepDiveAnswers, DeepDiveTrigger, IsoDate } from '../../domain/model/types.js';
import { isValidIsoDate } from '../../domain/periods/index.js';
import { MAX_COMMENTARY } from '../../domain/values/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { hasLeft } from '../../domain/deep-dives/index.js';

/** A committee's name is a single line of text in SharePoint (255 characters). */
export const MAX_COMMITTEE = 255;

export const TRIGGERS: readonly DeepDiveTrigger[] = [
  'persistent-under-performance',
  'performance-team',
  'committee',
];

export class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new ValidationError(this.list);
  }

  /** Text, trimmed; '' for absent. `required` says what to write when it must not be blank. */
  text(value: unknown, field: string, required: string | null, max = MAX_COMMENTARY): string {
    if (value === undefined || value === null) value = '';
    if (typeof value !== 'string') {
      this.add(field, 'must be text');
      return '';
    }
    const text = value.trim();
    if (required !== null && text === '') this.add(field, required);
    else if (text.length > max) this.add(field, `must be at most ${max} characters`);
    return text;
  }

  version(value: unknown): string {
    if (typeof value === 'string' && value !== '') return value;
    this.add('version', 'is required: the version of the review you read');
    return '';
  }

  dueDate(value: unknown, today: IsoDate): IsoDate {
    if (value === undefined || value === null || value === '') {
      this.add('dueDate', 'is required: say when the review is due');
    } else if (typeof value !== 'string' || !isValidIsoDate(value)) {
      this.add('dueDate', 'must be a date as YYYY-MM-DD');
    } else if (value <= today) {
      this.add('dueDate', 'must be after today');
    } else return value;
    return today;
  }

  /** A lead officer must be someone still at the council, so they can act on it. */
  lead(value: unknown, cat: Catalogue): string {
    const person = typeof value === 'string' ? cat.people.get(value) : undefined;
    if (!person) this.add('leadOfficerId', 'is not a known person');
    else if (hasLeft(person)) this.add('leadOfficerId', `${person.name} has left the council`);
    return typeof value === 'string' ? value : '';
  }

  trigger(value: unknown): DeepDiveTrigger {
    if (typeof value === 'string' && (TRIGGERS as readonly string[]).includes(value)) {
      return value as DeepDiveTrigger;
    }
    this.add('trigger', `must be one of ${TRIGGERS.join(', ')}`);
    return 'performance-team';
  }

  /** Which committee asked: required for the committee trigger, and kept only for it. */
  requestedBy(value: unknown, trigger: DeepDiveTrigger): string {
    if (trigger !== 'committee') return '';
    return this.text(value, 'requestedBy', 'say which committee asked for it', MAX_COMMITTEE);
  }

  /** Some of the questions' answers: only the questions' own keys, each as text. */
  answers(value: unknown): Partial<DeepDiveAnswers> {
    if (value === undefined) return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.add('answers', 'must be an object of answers by question');
      return {};
    }
    const out: Partial<DeepDiveAnswers> = {};
    for (const [key, answer] of Object.entries(value)) {
      if (!(DEEP_DIVE_QUESTION_KEYS as readonly string[]).includes(key)) {
        this.add(
          `answers.${key}`,
          `is not one of the questions (${DEEP_DIVE_QUESTION_KEYS.join(', ')})`,
        );
        continue;
      }
      out[key as DeepDiveQuestionKey] = this.text(answer, `answers.${key}`, null);
    }
    return out;
  }
}
