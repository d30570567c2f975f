// The performance team's set-up API (/api/admin/*, /api/timetable). Every write sends the version
// it read; the server answers 409 when someone else changed it first.
import { http, type Person, type Role } from '../../../shared/api/index.js';
import type {
  DeliveryFilter,
  DeliveryRow,
  IndicatorEditNote,
  IndicatorFields,
  IndicatorInput,
  RetryResult,
  TimetableRow,
} from '../../../../api/index.js';
import type {
  ActionPlanApprovalRule,
  RatingSchemeConfig,
  Target,
} from '../../../../domain/model/types.js';

export type {
  ActionPlanApprovalRule,
  DeliveryFilter,
  DeliveryRow,
  IndicatorInput,
  RatingSchemeConfig,
  RetryResult,
  TimetableRow,
  Role,
};
export type AdminIndicator = IndicatorFields & { id: string; version: string };
export type AdminPerson = Person & { version: string };
export type AdminTarget = Target & { version: string };

export interface Option {
  id: string;
  label: string;
}

export interface AdminOptions {
  services: Option[];
  objectives: Option[];
  directorates: Option[];
  people: Option[];
}

export const adminApi = {
  options: () => http.get<AdminOptions>('/api/admin/options'),
  indicators: () => http.get<AdminIndicator[]>('/api/admin/indicators'),
  createIndicator: (input: IndicatorInput) =>
    http.post<AdminIndicator>('/api/admin/indicators', input),
  updateIndicator: (
    id: string,
    version: string,
    patch: Partial<IndicatorInput>,
    edit: IndicatorEditNote = {},
  ) =>
    http.put<AdminIndicator>(`/api/admin/indicators/${encodeURIComponent(id)}`, {
      ...patch,
      ...edit,
      version,
    }),
  retireIndicator: (id: string, version: string, retired: boolean) =>
    http.post<AdminIndicator>(`/api/admin/indicators/${encodeURIComponent(id)}/retire`, {
      version,
      retired,
    }),
  targets: (indicatorId: string) =>
    http.get<AdminTarget[]>(`/api/admin/indicators/${encodeURIComponent(indicatorId)}/targets`),
  setTarget: (input: {
    indicatorId: string;
    year: string;
    annual: number | null;
    seasonal?: string;
    version?: string;
  }) => http.put<AdminTarget>('/api/admin/targets', input),
  people: () => http.get<AdminPerson[]>('/api/admin/people'),
  createPerson: (input: Omit<Person, 'id'> & { id?: string }) =>
    http.post<AdminPerson>('/api/admin/people', input),
  updatePerson: (id: string, version: string, patch: Partial<Omit<Person, 'id'>>) =>
    http.put<AdminPerson & { warnings: string[] }>(`/api/admin/people/${encodeURIComponent(id)}`, {
      ...patch,
      version,
    }),
  retirePerson: (id: string, version: string, note: string) =>
    http.post<AdminPerson>(`/api/admin/people/${encodeURIComponent(id)}/retire`, {
      version,
      note: note.trim() || undefined,
    }),
  ratingScheme: () =>
    http.get<{ scheme: RatingSchemeConfig; version: string | null }>('/api/admin/rating-scheme'),
  setRatingScheme: (scheme: RatingSchemeConfig, version: string | null) =>
    http.put<{ scheme: RatingSchemeConfig; version: string }>('/api/admin/rating-scheme', {
      scheme,
      version,
    }),
  planApproval: () =>
    http.get<{ value: ActionPlanApprovalRule; version: string | null }>(
      '/api/admin/action-plan-approval',
    ),
  setPlanApproval: (rule: ActionPlanApprovalRule, version: string | null) =>
    http.put<{ value: ActionPlanApprovalRule; version: string }>(
      '/api/admin/action-plan-approval',
      {
        rule,
        version,
      },
    ),
  timetable: (year?: string) =>
    http.get<TimetableRow[]>(`/api/timetable${year ? `?year=${encodeURIComponent(year)}` : ''}`),
  setDueDate: (periodKey: string, dueDate: string, note: string, version: string | null) =>
    http.put(`/api/timetable/${encodeURIComponent(periodKey)}`, { dueDate, note, version }),
  reminders: (status: DeliveryFilter = 'problems', top = 100) =>
    http.get<DeliveryRow[]>(`/api/admin/reminders?status=${encodeURIComponent(status)}&top=${top}`),
  retryReminder: (id: string, version: string) =>
    http.post<RetryResult>(`/api/admin/reminders/${encodeURIComponent(id)}/retry`, { version }),
};
