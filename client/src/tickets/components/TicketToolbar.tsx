import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

interface Props {
  complaintsOnly: boolean;
  onComplaintsOnly: (complaintsOnly: boolean) => void;
  search: string;
  onSearch: (search: string) => void;
  canCreate: boolean;
  onCreate: () => void;
  canComplete: boolean;
  onComplete: () => void;
  message: string;
  /** a follow-up to the message, e.g. 手动加入回访 after a completion sampling passed over */
  action?: ReactNode;
}

/** Above 工单登记: the complaint-register filter, the search, 登记工单 and 处理完毕, and the last action's outcome. */
export function TicketToolbar({ complaintsOnly, onComplaintsOnly, search, onSearch, canCreate, onCreate, canComplete, onComplete, message, action }: Props) {
  const { t } = useI18n();
  return (
    <>
      <label><input type="checkbox" checked={complaintsOnly} onChange={(e) => onComplaintsOnly(e.target.checked)} /> {t('complaintRegister')}</label>
      <input type="search" placeholder={t('search')} value={search} onChange={(e) => onSearch(e.target.value)} />
      <button type="button" disabled={!canCreate} onClick={onCreate}>{t('newTicket')}</button>
      <button type="button" disabled={!canComplete} onClick={onComplete}>{t('completeTicket')}</button>
      {message && <span className="hf-selected" data-testid="ticket-message">{message}</span>}
      {action}
    </>
  );
}
