import { and, eq } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { Executor, Tx } from '../../../core/db/client';
import { person, personDossier } from '../../../core/db/schema';
import { POLITICAL_LABELS, POLITICAL_WORDS } from '../rules/labels';
import type { LrmxPerson } from '../rules/lrmx';
import { tenuresOf, type PersonRow } from '../queries/people.repository';
import { idNumberOf } from '../queries/people.presenter';

/** Photos a form may carry: JPEG, PNG, BMP, up to 2 MB (product limit). */
export const PHOTO_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', bmp: 'image/bmp' };
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export async function dossierOf(ex: Executor, institutionId: number, personId: number) {
  const [d] = await ex.select().from(personDossier).where(and(eq(personDossier.institutionId, institutionId), eq(personDossier.personId, personId)));
  return d ?? null;
}

/**
 * A person's 干部任免审批表 as the system holds it: the roster's name, gender, birth month, ID number and political
 * status, the dossier's boxes, and — where the dossier has none — 现任职务 from the posts held today. The export
 * writes exactly this, and an import is compared with exactly this, so a file exported and read back differs in nothing.
 */
export async function currentLrmx(ex: Executor, institutionId: number, p: PersonRow, today: string): Promise<LrmxPerson> {
  const d = await dossierOf(ex, institutionId, p.id);
  const fields = { ...(d?.fields ?? {}) } as LrmxPerson['fields'];
  if (!fields.XianRenZhiWu) {
    const held = (await tenuresOf(ex, institutionId, [p.id])).filter((t) => t.startDate <= today && (t.endDate === null || t.endDate > today));
    const text = held.map((t) => (t.departmentName === '院领导' ? t.title : `${t.departmentName}${t.title}`)).join('，');
    if (text) fields.XianRenZhiWu = text;
  }
  if (!fields.CanJiaGongZuoShiJian) fields.CanJiaGongZuoShiJian = p.hireDate.slice(0, 7).replace('-', '.');
  return {
    name: p.name, gender: p.gender === 'female' ? '女' : '男', birthYm: p.birthDate.slice(0, 7).replace('-', ''), idNumber: idNumberOf(p),
    politicalStatus: POLITICAL_LABELS[p.politicalStatus] ?? '', fields, family: d?.family ?? [], photo: d?.photo ?? null,
  };
}

/** A photo from a file is kept only if its bytes are an image of an allowed type and size; the reason otherwise. */
export async function photoProblem(photo: Buffer | null): Promise<string | null> {
  if (!photo) return null;
  if (photo.length > MAX_PHOTO_BYTES) return `照片超过 ${MAX_PHOTO_BYTES / 1024 / 1024} MB`;
  const t = await fileTypeFromBuffer(photo);
  return t && PHOTO_TYPES[t.ext] ? null : '照片不是 JPG、PNG 或 BMP 图片（按内容识别）';
}

/** Merges a file into the record: the roster's name and political status, every box, the family, and the photo if it has one. */
export async function mergeLrmx(tx: Tx, institutionId: number, personId: number, incoming: LrmxPerson, source: string) {
  const political = POLITICAL_WORDS[incoming.politicalStatus];
  await tx.update(person).set({ name: incoming.name, ...(political ? { politicalStatus: political } : {}), updatedAt: new Date() }).where(eq(person.id, personId));
  const photoType = incoming.photo ? PHOTO_TYPES[(await fileTypeFromBuffer(incoming.photo))!.ext] : undefined;
  const values = { fields: incoming.fields as Record<string, string>, family: incoming.family, source, updatedAt: new Date(), ...(incoming.photo ? { photo: incoming.photo, photoType } : {}) };
  await tx
    .insert(personDossier)
    .values({ institutionId, personId, ...values })
    .onConflictDoUpdate({ target: personDossier.personId, set: values });
}
