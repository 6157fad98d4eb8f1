import { invitesNl as texts, type InviteMailFacts } from '../texts/invites-texts';

/** A ready-to-send invitation e-mail, and the same as a `mailto:` link. */
export interface InviteMail {
  subject: string;
  body: string;
  mailto: string;
}

/**
 * The e-mail the secretariat sends with a new invitation. `to` may be null (the mail program then
 * asks); the link carries subject and body, encoded for a URL (RFC 6068: line ends as CRLF).
 */
export function inviteMail(facts: InviteMailFacts, to: string | null): InviteMail {
  const subject = texts.mail.subject;
  const body = texts.mail.body(facts);
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\n/g, '\r\n'))}`;
  return { subject, body, mailto: `mailto:${to ? encodeURIComponent(to) : ''}?${query}` };
}
