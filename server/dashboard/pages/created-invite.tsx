/** @jsxImportSource hono/jsx */
import type { Role } from '../../../shared/schemas/roles';
import { CopyButton } from './components';
import type { InviteMail } from '../model/invite-mail';
import { invitesNl as texts } from '../texts/invites-texts';

/** An invite just made: its link is shown this once and never again. */
export interface CreatedInvite {
  link: string;
  role: Role;
  /** "Anna de Vries, raadslid van Gemeente Woerden": who it is for, in words. */
  who: string;
  /** When it expires, written out. */
  until: string;
  mail: InviteMail;
}

/**
 * The new invitation: its whole link as selectable text (copy button when scripts run), and the
 * e-mail to send with it, also as a `mailto:` link.
 */
export function CreatedInviteNotice({ created }: { created: CreatedInvite }) {
  return (
    // Only the first sentence is announced (role=status): the mail below would be too much to hear at once.
    <section class="notice" aria-label={texts.created.title(created.who)}>
      <p role="status">
        <strong>{texts.created.title(created.who)}</strong> {texts.created.once(created.until)}
      </p>
      <p class="field-label">
        {texts.created.link}
      </p>
      <p class="copy-row">
        <code class="secret" id="nieuwe-link">
          {created.link}
        </code>
        <CopyButton target="nieuwe-link" label={texts.created.copyLink} done={texts.created.copied} />
      </p>
      <h2 class="notice-heading">{texts.created.mailHeading}</h2>
      <p class="field-label">{texts.created.subjectLabel}</p>
      <p class="mail-subject">{created.mail.subject}</p>
      <p class="field-label">
        {texts.created.bodyLabel}
      </p>
      <pre class="mail-body" id="nieuwe-mail">
        {created.mail.body}
      </pre>
      <p class="copy-row">
        <a href={created.mail.mailto} class="button-link">
          {texts.created.openMail}
        </a>
        <CopyButton target="nieuwe-mail" label={texts.created.copyMail} done={texts.created.copied} />
      </p>
    </section>
  );
}
