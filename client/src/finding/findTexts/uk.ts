import type { MessageTree } from '../../i18n/message-tree.js';
import type { FindTexts } from './de.js';

/** The free-room search's answers in Ukrainian (plural forms: one, few, many, other); see de.ts. */
const findTexts: MessageTree<FindTexts> = {
  results: 'Вільна {count} кімната. | Вільні {count} кімнати. | Вільно {count} кімнат. | Вільно {count} кімнати.',
  busy: 'У цей час немає вільної відповідної кімнати.',
  busyOffers: 'Виберіть вільний час нижче або інший день.',
  busyNothingNear:
    'В інший час цього дня та в наступні три дні теж немає відповідної вільної кімнати. Спробуйте інший день або менше обладнання.',
  tooBig:
    'Немає кімнати на {count} особу. | Немає кімнати на {count} особи. | Немає кімнати на {count} осіб. | Немає кімнати на {count} особи.',
  tooBigWith:
    'Немає кімнати з цим обладнанням ({features}) на {count} особу. | Немає кімнати з цим обладнанням ({features}) на {count} особи. | Немає кімнати з цим обладнанням ({features}) на {count} осіб. | Немає кімнати з цим обладнанням ({features}) на {count} особи.',
  largest: 'Найбільша — на {count} особу. | Найбільша — на {count} особи. | Найбільша — на {count} осіб. | Найбільша — на {count} особи.',
  tooBigHint: 'Розділіть групу або шукайте для меншої кількості людей.',
  withoutFeatures:
    'Без цього обладнання є кімнати на {count} особу. | Без цього обладнання є кімнати на {count} особи. | Без цього обладнання є кімнати на {count} осіб. | Без цього обладнання є кімнати на {count} особи.',
  noFeatures: 'Немає кімнати, де є все, що ви вибрали: {features}.',
  noFeaturesHint: 'Виберіть менше обладнання.',
  otherHouses: 'В інших будинках є відповідна кімната.',
  searchAllHouses: 'Шукати в усіх будинках',
  laterDays: 'У той самий час у наступні дні:',
};

export default findTexts;
