import type { MailMessages } from './types.js';

const tr: MailMessages = {
  invitation: {
    subject: 'KolLEktiv oda rezervasyonu için davetiniz',
    body: ({ name, inviter, organization, url, until }) =>
      [
        `Merhaba ${name || ''}`.trim() + ',',
        '',
        organization
          ? `${inviter} sizi KolLEktiv’de oda rezervasyonu yapmaya davet ediyor. Kuruluş: “${organization}”.`
          : `${inviter} sizi KolLEktiv oda rezervasyonu ekibine davet ediyor.`,
        'Bu bağlantıyı açın ve bir şifre seçin:',
        '',
        url,
        '',
        `Bağlantı sadece bir kez kullanılabilir. Son geçerlilik: ${until}.`,
      ].join('\n'),
  },
  passwordReset: {
    subject: 'KolLEktiv oda rezervasyonu için yeni şifre',
    body: ({ name, url, until }) =>
      [
        `Merhaba ${name},`,
        '',
        'Bu bağlantı ile yeni bir şifre seçebilirsiniz:',
        '',
        url,
        '',
        `Bağlantı sadece bir kez kullanılabilir. Son geçerlilik: ${until}. Yeni şifre istemediyseniz bu e-postayı silebilirsiniz.`,
      ].join('\n'),
  },
  signature: 'KolLEktiv – Toplumsal katılım ve buluşma noktası, Leipzig',
};

export default tr;
