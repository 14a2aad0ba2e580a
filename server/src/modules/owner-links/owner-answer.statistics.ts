import type { EntityManager } from '@mikro-orm/postgresql';
import { CallbackMethod, CallbackStatus, OwnerVerdict } from '@hf/shared';
import { Field, Int, ObjectType } from 'type-graphql';

/** The records of a period that hold a result (recorded, whatever happened to them since). */
const RECORDED = [CallbackStatus.DONE, CallbackStatus.REVIEWED, CallbackStatus.ESCALATED, CallbackStatus.CLOSED];

@ObjectType({ description: '业主确认: how the results of the period were confirmed by the owners themselves' })
export class OwnerAnswerStatistics {
  @Field(() => Int, { description: 'results the owner gave online (method 线上, through a survey link)' }) online!: number;
  @Field(() => Int, { description: 'phone results the owner confirmed through a confirmation link' }) confirmed!: number;
  @Field(() => Int, { description: 'phone results the owner disputed (each opened a spot check)' }) disputed!: number;
  @Field(() => Int, { description: 'phone results the owner has not confirmed or disputed (not asked, or no answer yet)' }) unconfirmed!: number;
  @Field(() => Int, { description: 'links sent in the period (survey and confirmation), used or not' }) linksSent!: number;
}

@ObjectType({ description: '回访方式: recorded results per method (a callback by phone and on site counts under both)' })
export class MethodCount {
  @Field(() => CallbackMethod) method!: CallbackMethod;
  @Field(() => Int) count!: number;
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** One statement over the period's callbacks (anchor date in the period, voided ones left out). */
export async function ownerAnswerStatistics(em: EntityManager, projectId: number, from: string, to: string): Promise<OwnerAnswerStatistics> {
  const [row] = await em.getConnection().execute<Record<keyof OwnerAnswerStatistics, string>[]>(
    `select count(*) filter (where c.status in (${list(RECORDED)}) and '${CallbackMethod.ONLINE}' = any(c.methods)) as online,
            count(*) filter (where c.owner_verdict = '${OwnerVerdict.CONFIRMED}') as confirmed,
            count(*) filter (where c.owner_verdict = '${OwnerVerdict.DISPUTED}') as disputed,
            count(*) filter (where c.status in (${list(RECORDED)}) and c.owner_verdict is null
                               and '${CallbackMethod.PHONE}' = any(c.methods) and not '${CallbackMethod.ONLINE}' = any(c.methods)) as unconfirmed,
            (select count(*) from owner_link l join callback lc on lc.id = l.callback_id
              where lc.project_id = ? and lc.anchor_date between ?::date and ?::date) as "linksSent"
       from callback c
      where c.project_id = ? and c.anchor_date between ?::date and ?::date and c.status <> '${CallbackStatus.VOIDED}'`,
    [projectId, from, to, projectId, from, to],
  );
  return { online: Number(row.online), confirmed: Number(row.confirmed), disputed: Number(row.disputed), unconfirmed: Number(row.unconfirmed), linksSent: Number(row.linksSent) };
}

/** 电话 / 面谈 / 现场 / 线上: recorded results per method, every method listed (0 when none). */
export async function methodCounts(em: EntityManager, projectId: number, from: string, to: string): Promise<MethodCount[]> {
  const rows = await em.getConnection().execute<{ method: CallbackMethod; count: string }[]>(
    `select m.method, count(c.id) as count
       from unnest(array[${list(Object.values(CallbackMethod))}]::text[]) with ordinality as m(method, position)
       left join callback c on c.project_id = ? and c.anchor_date between ?::date and ?::date
                           and c.status in (${list(RECORDED)}) and m.method = any(c.methods)
      group by m.method, m.position order by m.position`,
    [projectId, from, to],
  );
  return rows.map((r) => ({ method: r.method, count: Number(r.count) }));
}
