export default {
  heading: 'Hoş geldiniz!',
  intro: 'Adınızı yazın ve bir şifre seçin. Sonra giriş yapmış olacaksınız.',
  submit: 'Hesap oluştur',
  busy: 'Oluşturuluyor …',
  forOrganization: 'KolLEktiv’te {organization} adına oda rezerve etmeniz için davet edildiniz.',
  forStaff: 'KolLEktiv ekibine katılmanız için davet edildiniz.',
  validUntil: 'Bağlantı {date} tarihine kadar geçerlidir.',
  loading: 'Davet yükleniyor …',
  toLogin: 'Girişe git',
};
