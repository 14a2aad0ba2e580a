/** Texts of the bell (提醒) and the live connection (spread into MESSAGES), zh-CN first. */
export const NOTIFICATION_MESSAGES = {
  bellTitle: { 'zh-CN': '提醒', en: 'Notifications' },
  bellUnread: { 'zh-CN': '{count} 条未读提醒', en: '{count} unread notifications' },
  bellNone: { 'zh-CN': '暂无提醒', en: 'No notifications' },
  bellMarkAll: { 'zh-CN': '全部标为已读', en: 'Mark all read' },
  bellOpen: { 'zh-CN': '打开', en: 'Open' },
} as const;
