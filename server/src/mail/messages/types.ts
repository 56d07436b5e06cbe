/** What every e-mail language file provides; a missing message does not compile. */
export interface MailMessages {
  invitation: {
    subject: string;
    body: (values: { name: string; inviter: string; organization: string | null; url: string; until: string }) => string;
  };
  passwordReset: {
    subject: string;
    body: (values: { name: string; url: string; until: string }) => string;
  };
  signature: string;
}
