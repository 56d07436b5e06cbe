/**
 * The words of a first visit in Ukrainian: how an organisation gets access, where the houses are and which
 * organisations meet there (the login page and the public pages under /mo). They load with those screens
 * (`publicTexts.ts`), not with the app. Every language has a file here with the same keys.
 */
export default {
  access: {
    heading: 'Як організація отримує доступ?',
    free: 'KolLEktiv безкоштовно надає кімнати організаціям мігрантів (MO) у Лейпцигу.',
    invite: 'Обліковий запис не створюють самостійно: команда запрошує людей організації електронною поштою.',
    ask: 'Ваша організація хоче користуватися кімнатами? Зверніться до нас:',
    askInHouse: 'Ваша організація хоче користуватися кімнатами? Зверніться до команди в одному з наших будинків.',
    organizations: 'Які організації де зустрічаються',
  },
  houses: {
    heading: 'Наші будинки',
    map: 'Показати на карті',
    meetHere: 'Тут зустрічаються:',
    nobody: 'Наразі тут не заплановано відкритих заходів.',
  },
  card: {
    meetsIn: 'Де зустрічаються',
    nothingPlanned: 'Наразі не заплановано відкритих заходів.',
  },
};
