/**
 * The words of a first visit in Russian: how an organisation gets access, where the houses are and which
 * organisations meet there (the login page and the public pages under /mo). They load with those screens
 * (`publicTexts.ts`), not with the app. Every language has a file here with the same keys.
 */
export default {
  access: {
    heading: 'Как организация получает доступ?',
    free: 'KolLEktiv бесплатно предоставляет комнаты организациям мигрантов (MO) в Лейпциге.',
    invite: 'Учётную запись не создают самостоятельно: команда приглашает людей организации по электронной почте.',
    ask: 'Ваша организация хочет пользоваться комнатами? Свяжитесь с нами:',
    askInHouse: 'Ваша организация хочет пользоваться комнатами? Обратитесь к команде в одном из наших домов.',
    organizations: 'Какие организации где встречаются',
  },
  houses: {
    heading: 'Наши дома',
    map: 'Показать на карте',
    meetHere: 'Здесь встречаются:',
    nobody: 'Сейчас здесь не запланировано открытых встреч.',
  },
  card: {
    meetsIn: 'Где встречаются',
    nothingPlanned: 'Сейчас открытых встреч не запланировано.',
  },
};
