import type { paths } from './schema';

/** The JSON body a GET route answers with, as the server's schema declares it. */
export type GetResponse<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer T } } } } } ? T : never;

export type DutyRow = GetResponse<'/api/duties/mine'>['items'][number];
export type PersonRow = GetResponse<'/api/persons'>['items'][number];
export type PersonDetail = GetResponse<'/api/persons/{id}'>;
export type DepartmentRow = GetResponse<'/api/departments'>[number];
export type DepartmentDetail = GetResponse<'/api/departments/{id}'>;
export type PolicyView = GetResponse<'/api/policy'>;
export type CalendarView = GetResponse<'/api/calendar'>;
export type AuditPage = GetResponse<'/api/audit'>;
export type Summary = GetResponse<'/api/duties/summary'>;
export type InboxItem = GetResponse<'/api/inbox'>['items'][number];
