// Returns still due: the reminders the nudge cycle was built for (issue 4).
import { parsePeriod } from '../../../domain/periods/index.js';
import { periodFacts } from '../../returns/period-context.js';
import type { DueSubject, SubjectSource } from './source.js';

export const returnSource: SubjectSource = {
  kind: 'return',
  async due({ store, cat, settings }) {
    const out: DueSubject[] = [];
    for (const item of await store.query('returns', { state: 'due' })) {
      const indicator = cat.indicators.get(item.fields.indicatorId);
      // Officers that import filled in with the importer are placeholders: nobody is chased in
      // their name until an admin assigns the service and officers (which clears the flag).
      if (!indicator || indicator.needsOwners) continue;
      const facts = periodFacts(cat, settings, indicator.id, item.fields.periodKey);
      out.push({
        entry: {
          returnId: item.id,
          indicator,
          periodLabel: parsePeriod(item.fields.periodKey).label,
          dueDate: facts.dueDate,
          state: item.fields.state,
        },
        version: item.version,
      });
    }
    return out;
  },
  async stillDue(store, id) {
    return (await store.get('returns', id))?.fields.state === 'due';
  },
  async describe(store, id) {
    const ret = await store.get('returns', id);
    const indicator = ret && (await store.get('indicators', ret.fields.indicatorId));
    return {
      code: indicator?.fields.code ?? null,
      title: indicator?.fields.title ?? null,
      label: ret ? parsePeriod(ret.fields.periodKey).label : null,
      due: ret?.fields.state === 'due',
    };
  },
};
