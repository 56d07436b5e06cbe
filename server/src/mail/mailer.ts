import nodemailer, { type Transporter } from 'nodemailer';
import type { Log } from '../shared/log.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The recipient's language, for the `Content-Language` header. */
  language: string;
}

/** Sends e-mail over SMTP when SMTP_URL is set; without it, nothing is sent and staff pass links on by hand. */
export interface Mailer {
  readonly configured: boolean;
  /** Resolves once the SMTP server accepted the message; a failure is logged and reported as false. */
  send(mail: OutgoingMail): Promise<boolean>;
  close(): void;
}

export function createMailer(options: { smtpUrl: string | undefined; from: string; log: Log }): Mailer {
  if (!options.smtpUrl) {
    return { configured: false, send: async () => false, close: () => {} };
  }
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl);
  return {
    configured: true,
    async send(mail) {
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          headers: { 'Content-Language': mail.language },
        });
        return true;
      } catch (error) {
        options.log('could not send an e-mail', error);
        return false;
      }
    },
    close: () => transport.close(),
  };
}
