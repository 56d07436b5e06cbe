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
  bookingDecided: {
    subject: ({ title, news }) => {
      switch (news) {
        case 'APPROVED':
          return `Onaylandı: ${title}`;
        case 'DECLINED':
          return `Mümkün değil: ${title}`;
        case 'LAPSED':
          return `Süresi doldu: ${title}`;
        case 'RELEASED':
          return `Serbest bırakıldı: ${title}`;
        case 'OFFERED':
          return `Sizin için bir oda boş: ${title}`;
      }
    },
    body: ({ title, organization, when, news, reason, until, url }) =>
      [
        'Merhaba,',
        '',
        {
          APPROVED: `KolLEktiv ekibi ${organization} kuruluşunun “${title}” rezervasyonunu onayladı.`,
          DECLINED: `KolLEktiv ekibi ${organization} kuruluşunun “${title}” rezervasyonunu onaylayamıyor. Oda yeniden boş.`,
          LAPSED: `${organization} kuruluşunun “${title}” rezervasyonu zamanında onaylanmadı, bu yüzden oda yeniden boş.`,
          RELEASED: `${organization} kuruluşunun “${title}” rezervasyonu için zamanında kimse giriş yapmadı, bu yüzden oda başkaları için serbest bırakıldı.`,
          OFFERED: `Beklediğiniz oda boş: ${organization} için “${title}”. ${until ?? ''} saatine kadar sizin için ayrıldı. Lütfen takvimde onaylayın.`,
        }[news],
        '',
        `Zaman: ${when}`,
        ...(reason ? ['', `Sebep: ${reason}`] : []),
        '',
        'Takvim:',
        url,
      ].join('\n'),
  },
  coachingChanged: {
    subject: ({ organization }) => `${organization} için koçluk: yenilikler`,
    change: ({ kind, when }) => {
      switch (kind) {
        case 'REQUESTED':
          return 'Yeni koçluk talebi';
        case 'ASSIGNED':
          return 'Bir koç atandı';
        case 'DECLINED':
          return 'Talep reddedildi';
        case 'SESSION_SCHEDULED':
          return `Yeni görüşme: ${when}`;
        case 'SESSION_MOVED':
          return `Görüşme taşındı, yeni zaman: ${when}`;
        case 'SESSION_CANCELLED':
          return `Görüşme iptal edildi: ${when}`;
        case 'MESSAGE':
          return 'Yeni mesaj';
        case 'CLOSED':
          return 'Talep kapatıldı';
      }
    },
    online: 'çevrim içi',
    body: ({ organization, changes, url }) =>
      [
        'Merhaba,',
        '',
        `${organization} kuruluşunun koçluk talebiyle ilgili yenilikler var:`,
        '',
        ...changes.map((change) => `– ${change}`),
        '',
        'Talebi açın:',
        url,
      ].join('\n'),
  },
  network: {
    subject: ({ kind, title }) => {
      switch (kind) {
        case 'MINUTES_PUBLISHED':
          return `Tutanak: ${title}`;
        case 'MEETING_CANCELLED':
          return `İptal edildi: ${title}`;
        case 'MEETING_MOVED':
          return `Taşındı: ${title}`;
        case 'PROPOSAL_ANSWERED':
          return `Önerinize yanıt: ${title}`;
        case 'ANSWER_REMINDER':
          return `Geliyor musunuz? ${title}`;
        case 'COMING_REMINDER':
          return `Yarın: ${title}`;
      }
    },
    body: ({ kind, title, when, status, answer, url }) => {
      const statusWords = { PLANNED: 'planlandı', DECLINED: 'reddedildi', DONE: 'gerçekleştirildi' };
      const sentence = {
        MINUTES_PUBLISHED: `“${title}” ağ toplantısının tutanağı ve kararları yayımlandı.`,
        MEETING_CANCELLED: `“${title}” ağ toplantısı iptal edildi.`,
        MEETING_MOVED: `“${title}” ağ toplantısı başka bir zamana taşındı.`,
        PROPOSAL_ANSWERED: `KolLEktiv ekibi, kuruluşunuzun “${title}” önerisine yanıt verdi${status ? `: ${statusWords[status]}` : ''}.`,
        ANSWER_REMINDER: `Kuruluşunuz “${title}” ağ toplantısına gelip gelmeyeceğini henüz bildirmedi. Lütfen uygulamada yanıt verin.`,
        COMING_REMINDER: `Kuruluşunuz yarın “${title}” ağ toplantısına geliyor. Sizi bekliyoruz!`,
      }[kind];
      return [
        'Merhaba,',
        '',
        sentence,
        ...(when ? ['', kind === 'MEETING_MOVED' ? `Yeni zaman: ${when}` : `Ne zaman ve nerede: ${when}`] : []),
        ...(answer ? ['', `Yanıt: ${answer}`] : []),
        '',
        kind === 'PROPOSAL_ANSWERED' ? 'Önerileri açın:' : 'Toplantıyı açın:',
        url,
      ].join('\n');
    },
  },
  signature: 'KolLEktiv – Toplumsal katılım ve buluşma noktası, Leipzig',
  privacy: ({ url }) => `Verilerinizi nasıl işlediğimiz: ${url}`,
};

export default tr;
