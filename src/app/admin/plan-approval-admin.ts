// Who approves action plans (issue 14; King's Lynn's Corporate Performance Panel): nobody (the
// default), the indicator's Authorising Officer, or a named panel of people, any one of whom may
// approve. Changing it affects plans written afterwards; plans already pending keep waiting for
// the approvers the new rule names.
import { ValidationError } from '../../domain/errors/errors.js';
import type { ActionPlanApprovalRule, Person } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue } from '../catalogue/index.js';
import { readSetting, writeSetting, type SettingSpec } from './council-setting.js';

export const MAX_PANEL_MEMBERS = 50;

const SPEC: SettingSpec<'actionPlanApproval'> = {
  key: 'actionPlanApproval',
  words: 'Who approves action plans',
  event: 'action-plan-approval.set',
  validate: async (rule, deps) => {
    if (rule.kind !== 'panel') return { kind: rule.kind };
    const name = rule.name.trim();
    if (!name) throw new ValidationError("give the panel's name", 'name');
    if (name.length > 100) throw new ValidationError('must be at most 100 characters', 'name');
    const ids = [...new Set(rule.memberIds)];
    if (!ids.length)
      throw new ValidationError('name at least one member of the panel', 'memberIds');
    if (ids.length > MAX_PANEL_MEMBERS)
      throw new ValidationError(`must be at most ${MAX_PANEL_MEMBERS} people`, 'memberIds');
    const cat = await loadCatalogue(deps.store);
    const unknown = ids.filter((id) => !cat.people.has(id));
    if (unknown.length)
      throw new ValidationError(`${unknown.join(', ')} is not a known person`, 'memberIds');
    return { kind: 'panel', name, memberIds: ids };
  },
};

export function actionPlanApproval(deps: AppDeps, actor: Person) {
  return readSetting(deps, actor, SPEC);
}

export function setActionPlanApproval(
  deps: AppDeps,
  actor: Person,
  rule: ActionPlanApprovalRule,
  version: string | null,
) {
  return writeSetting(deps, actor, SPEC, rule, version);
}
