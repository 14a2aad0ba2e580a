import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import type { OpenTarget } from '../work-queue/navigation';
import { notificationTarget } from './target';
import { MarkNotificationsReadMutation, NotificationsQuery, UnreadCountChangedSubscription } from './queries';

interface Props {
  /** opens a notification's row (a callback in 回访记录表), its report (季度报告) or its period's statistics */
  onOpen: (target: OpenTarget) => void;
  pollSeconds: number;
  live: boolean;
}

/**
 * 提醒: the bell in the navigation bar with the unread count, pushed over the live connection (and polled as a
 * fallback); the list opens each notification's row and marks it read.
 */
export function NotificationBell({ onOpen, pollSeconds, live }: Props) {
  const { t, serverMessage } = useI18n();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const { data, refetch } = useQuery(NotificationsQuery, { pollInterval: pollSeconds * 4000, fetchPolicy: 'cache-and-network' });
  const pushed = useSubscription(UnreadCountChangedSubscription, { skip: !live });
  const [markRead] = useMutation(MarkNotificationsReadMutation);

  // whichever came last: the list's count, or a pushed one (which means the list changed too)
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (data) setCount(data.unreadNotificationCount);
  }, [data]);
  useEffect(() => {
    if (!pushed.data) return;
    setCount(pushed.data.unreadNotificationCountChanged);
    void refetch();
  }, [pushed.data, refetch]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (panel.current && !panel.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const items = data?.notifications.edges.map((e) => e.node) ?? [];

  const follow = async (item: (typeof items)[number]) => {
    setOpen(false);
    if (!item.readAt) await markRead({ variables: { input: { ids: [item.id] } } });
    void refetch();
    const target = notificationTarget(item);
    if (target) onOpen(target);
  };

  return (
    <div className="hf-bell" ref={panel}>
      <button type="button" className="hf-link hf-bell-button" aria-label={t('bellUnread', { count })} title={t('bellTitle')} onClick={() => setOpen(!open)} data-testid="bell">
        <svg className="hf-bell-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path fill="currentColor" d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        <span className="hf-bell-label">{t('bellTitle')}</span>
        {count > 0 && <span className="hf-badge" data-testid="bell-count">{count}</span>}
      </button>
      {open && (
        <div className="hf-bell-panel" role="dialog" aria-label={t('bellTitle')} data-testid="bell-panel">
          <div className="hf-bell-head">
            <strong>{t('bellTitle')}</strong>
            {count > 0 && (
              <button type="button" className="hf-link" onClick={async () => { await markRead({ variables: { input: { all: true } } }); void refetch(); }}>
                {t('bellMarkAll')}
              </button>
            )}
          </div>
          {items.length === 0 ? <div className="hf-bell-empty">{t('bellNone')}</div> : (
            <ul className="hf-bell-list">
              {items.map((item) => (
                <li key={item.id} className={item.readAt ? 'hf-bell-item' : 'hf-bell-item hf-bell-unread'}>
                  <button type="button" className="hf-bell-open" onClick={() => void follow(item)}>
                    {serverMessage(item)}
                    <span className="hf-bell-time">{new Date(item.createdAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
