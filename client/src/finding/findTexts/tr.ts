import type { MessageTree } from '../../i18n/message-tree.js';
import type { FindTexts } from './de.js';

/** The free-room search's answers in Turkish; see de.ts. */
const findTexts: MessageTree<FindTexts> = {
  results: 'Bir oda boş. | {count} oda boş.',
  busy: 'Bu saatte uygun boş oda yok.',
  busyOffers: 'Aşağıdaki boş saatlerden birini ya da başka bir günü seçin.',
  busyNothingNear: 'Bu günün diğer saatlerinde ve sonraki üç günde de uygun boş oda yok. Başka bir gün ya da daha az donanım deneyin.',
  tooBig: 'Hiçbir oda bir kişi için yeterince büyük değil. | Hiçbir oda {count} kişi için yeterince büyük değil.',
  tooBigWith:
    'Bu donanıma ({features}) sahip hiçbir oda bir kişi için yeterince büyük değil. | Bu donanıma ({features}) sahip hiçbir oda {count} kişi için yeterince büyük değil.',
  largest: 'En büyüğü bir kişilik. | En büyüğü {count} kişilik.',
  tooBigHint: 'Grubu bölün ya da daha az kişi için arayın.',
  withoutFeatures: 'Bu donanım olmadan bir kişilik odalar var. | Bu donanım olmadan {count} kişilik odalar var.',
  noFeatures: 'Seçtiğiniz her şeye sahip bir oda yok: {features}.',
  noFeaturesHint: 'Daha az donanım seçin.',
  otherHouses: 'Başka binalarda uygun bir oda var.',
  searchAllHouses: 'Tüm binalarda ara',
  laterDays: 'Sonraki günlerde aynı saatte:',
};

export default findTexts;
