/**
 * The words of a first visit in Turkish: how an organisation gets access, where the houses are and which
 * organisations meet there (the login page and the public pages under /mo). They load with those screens
 * (`publicTexts.ts`), not with the app. Every language has a file here with the same keys.
 */
export default {
  access: {
    heading: 'Bir kuruluş nasıl erişim alır?',
    free: 'KolLEktiv, Leipzig’deki göçmen kuruluşlarına (MO) odaları ücretsiz olarak sunar.',
    invite: 'Hesabı kendiniz açamazsınız: ekip, bir kuruluşun kişilerini e-posta ile davet eder.',
    ask: 'Kuruluşunuz odaları kullanmak mı istiyor? Bize ulaşın:',
    askInHouse: 'Kuruluşunuz odaları kullanmak mı istiyor? Binalarımızdan birinde ekiple konuşun.',
    organizations: 'Hangi kuruluş nerede buluşuyor',
  },
  houses: {
    heading: 'Binalarımız',
    map: 'Haritada göster',
    meetHere: 'Burada buluşanlar:',
    nobody: 'Şu anda burada planlanmış açık etkinlik yok.',
  },
  card: {
    meetsIn: 'Buluştukları yer',
    nothingPlanned: 'Şu anda planlanmış açık etkinlik yok.',
  },
};
