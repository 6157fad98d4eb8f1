import type { NotificationType } from '../../../shared/schemas/notification';
import { escapeHtml } from '../digest/render/html/escape-html';
import { MAIL_TEXTS as T } from './mail-texts';

/** A mail ready for the transport: subject, plain text, HTML, and the unsubscribe headers. */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** What one mail is about: one notification, or a summary of several documents. */
export type MailContent =
  | { kind: 'immediate'; type: NotificationType; link: string; document: string }
  | { kind: 'summary'; count: number; documents: { link: string; document: string; count: number }[]; moreDocuments: number };

const SUBJECTS: Record<NotificationType, string> = { reply: T.immediateSubject, answer: T.immediateAnswerSubject, 'thread-reply': T.immediateThreadSubject };
const LEADS: Record<NotificationType, string> = { reply: T.immediateLead, answer: T.immediateAnswerLead, 'thread-reply': T.immediateThreadLead };

const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
const anchor = (href: string, text = href) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

/**
 * Composes a notification mail. It says that something is new and where, never what anyone wrote;
 * every value in its HTML is escaped, and it carries a one-click unsubscribe (RFC 8058) besides
 * the link in the text.
 */
export function composeMail(content: MailContent, unsubscribeUrl: string): ComposedMail {
  const lines: string[] = [];
  const html: string[] = [];
  let subject: string;
  if (content.kind === 'immediate') {
    subject = SUBJECTS[content.type];
    lines.push(LEADS[content.type], '', T.openAt(content.document), content.link);
    html.push(paragraph(LEADS[content.type]), `<p>${escapeHtml(T.openAt(content.document))}<br>${anchor(content.link)}</p>`);
  } else {
    subject = T.summarySubject(content.count);
    lines.push(T.summaryLead(content.count), '', T.summaryDocuments, ...content.documents.map((document) => `- ${document.document} (${document.count}): ${document.link}`));
    html.push(
      paragraph(T.summaryLead(content.count)),
      paragraph(T.summaryDocuments),
      `<ul>${content.documents.map((document) => `<li>${anchor(document.link, document.document)} (${document.count})</li>`).join('')}</ul>`,
    );
    if (content.moreDocuments > 0) {
      lines.push(T.summaryMore(content.moreDocuments));
      html.push(paragraph(T.summaryMore(content.moreDocuments)));
    }
  }
  lines.push('', T.noText, '', T.why, `${T.unsubscribe} ${unsubscribeUrl}`);
  html.push(paragraph(T.noText), `<p>${escapeHtml(T.why)}<br>${escapeHtml(T.unsubscribe)} ${anchor(unsubscribeUrl)}</p>`);
  return {
    subject,
    text: lines.join('\n'),
    html: `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>${html.join('')}</body></html>`,
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
