/** In-app notifications of the filing and warning workflows; the bell sits in the app header. */
export { NotificationsBell } from './components/notifications-bell.js';
export { notificationsEn, notificationsZhCN } from './notifications.locale.js';
