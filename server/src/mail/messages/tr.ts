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
  bookingChanged: {
    subject: ({ title, cancelled }) => (cancelled ? `İptal edildi: ${title}` : `Taşındı: ${title}`),
    body: ({ title, organization, before, after, byStaff, reason, url }) =>
      [
        'Merhaba,',
        '',
        after
          ? `${byStaff ? 'KolLEktiv ekibi' : 'Başka biri'}, ${organization} kuruluşunun “${title}” rezervasyonunu taşıdı.`
          : `${byStaff ? 'KolLEktiv ekibi' : 'Başka biri'}, ${organization} kuruluşunun “${title}” rezervasyonunu iptal etti.`,
        '',
        after ? `Yeni zaman: ${after}` : `İptal edilen zaman: ${before}`,
        ...(after ? [`Eski zaman: ${before}`] : []),
        ...(reason ? ['', `Sebep: ${reason}`] : []),
        '',
        'Takvimi açın:',
        url,
      ].join('\n'),
  },
  signature: 'KolLEktiv – Toplumsal katılım ve buluşma noktası, Leipzig',
};

export default tr;
