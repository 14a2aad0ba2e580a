import { Channel, ComplaintSeverity, textOrNull, TicketKind } from '@hf/shared';
import { validateCompletion, validateTicket } from '../../server/src/modules/tickets/ticket.rules';

const now = new Date('2026-11-22T08:00:00Z');
const draft = {
  kind: TicketKind.REPAIR, severity: null, ownerName: '王伟', unit: '3-2-1502', phone: '13812345678', department: '工程部',
  category: '水管漏水', summary: '厨房漏水', receivedAt: new Date('2026-11-20T08:00:00Z'), contractStart: null, contractEnd: null,
};

describe('ticket rules', () => {
  it('should accept a proper repair ticket', () => {
    expect(validateTicket(draft, now)).toEqual([]);
    expect(Channel.PHONE).toBe('PHONE');
  });

  it('should require the category of a repair and the contract dates of a special service', () => {
    expect(validateTicket({ ...draft, category: null }, now).map((e) => e.field)).toEqual(['category']);
    expect(validateTicket({ ...draft, kind: TicketKind.SPECIAL_SERVICE, contractStart: '2026-12-01', contractEnd: '2026-11-01' }, now).map((e) => e.field)).toEqual(['contractEnd']);
  });

  it('should allow a severity only on complaints', () => {
    expect(validateTicket({ ...draft, severity: ComplaintSeverity.MAJOR }, now).map((e) => e.field)).toEqual(['severity']);
    expect(validateTicket({ ...draft, kind: TicketKind.COMPLAINT, severity: ComplaintSeverity.MAJOR }, now)).toEqual([]);
  });

  it('should refuse a bad phone, a future reception and a completion before reception', () => {
    expect(validateTicket({ ...draft, phone: '123' }, now).map((e) => e.field)).toEqual(['phone']);
    expect(validateTicket({ ...draft, receivedAt: new Date('2026-11-23T00:00:00Z') }, now).map((e) => e.field)).toEqual(['receivedAt']);
    expect(validateCompletion(draft.receivedAt, new Date('2026-11-19T00:00:00Z'), now).map((e) => e.field)).toEqual(['completedAt']);
  });
});

describe('free-text cells', () => {
  it('should store a blank cell as no value and drop surrounding blanks', () => {
    expect(textOrNull('  水管漏水 ')).toBe('水管漏水');
    expect(textOrNull('   ')).toBeNull();
    expect(textOrNull('')).toBeNull();
    expect(textOrNull(undefined)).toBeNull();
  });
});
