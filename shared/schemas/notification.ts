import { z } from 'zod';
import { roleSchema } from './roles';

/**
 * Why something is new for a reader: a reply to their remark, an answer of the reviewed
 * organisation to it (a reply by a respondent, or a recorded response), or a reply in a thread they
 * took part in.
 */
export const notificationTypeSchema = z.enum(['reply', 'answer', 'thread-reply']);
export type NotificationType = z.infer<typeof notificationTypeSchema>;

/** One item of `GET /api/notifications`. No remark text: the reader opens the annotation for that. */
export const notificationSchema = z.object({
  id: z.string(),
  type: notificationTypeSchema,
  /** The annotation that is new: the reply, or (for a recorded response) the remark answered. */
  annotation: z.string(),
  /** The top-level annotation of the thread: the one highlighted in the document. */
  remark: z.string(),
  /** The document, as its annotations target it. */
  source: z.string(),
  /**
   * The title the secretariat registered for that document, or null when it is on no reading list;
   * show it with `documentName` (shared/urls/document-name.ts). Servers before it sent none.
   */
  documentTitle: z.string().nullable().optional(),
  at: z.string(),
  read: z.boolean(),
  by: z.object({ name: z.string(), role: roleSchema, organisation: z.string() }),
});
export type Notification = z.infer<typeof notificationSchema>;

/** `GET /api/notifications`: how many are unread, and the newest items (read ones too). */
export const notificationListSchema = z.object({ unread: z.number().int().min(0), items: z.array(notificationSchema) });
export type NotificationList = z.infer<typeof notificationListSchema>;

/** `POST /api/notifications/read`: up to and including one item, or (empty) all. */
export const markReadInputSchema = z.strictObject({ upTo: z.string().min(1).max(200).optional() });

/** How a reader wants to hear by e-mail: not at all, at once, or once a day. */
export const mailModeSchema = z.enum(['off', 'immediate', 'daily']);
export type MailMode = z.infer<typeof mailModeSchema>;

/** `GET`/`PUT /api/me/notification-settings`. */
export const notificationSettingsSchema = z.strictObject({
  /** `null` removes the address (and with it any mail). */
  email: z.email({ error: 'geef een geldig e-mailadres, zoals naam@gemeente.nl' }).max(254).nullable(),
  mail: mailModeSchema,
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** What `GET /api/me/notification-settings` answers: the choice, and whether this server sends mail at all. */
export type NotificationSettingsView = NotificationSettings & { available: boolean };
