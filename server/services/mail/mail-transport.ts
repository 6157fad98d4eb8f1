import nodemailer from 'nodemailer';

/** One message as the outbox hands it to a mail server. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Sends one mail; rejects when the mail server did not take it (the outbox then retries). */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * A transport to the SMTP server of `smtpUrl` (`smtp://user:password@host:587`; `smtps://` for TLS
 * from the start). Short time-outs: a mail server that hangs must not hold the outbox for minutes,
 * as the next round retries anyway.
 */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(mail) {
      await transport.sendMail(mail);
    },
    close: () => transport.close(),
  };
}
