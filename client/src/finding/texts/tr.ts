import type { MessageTree } from '../../i18n/message-tree.js';
import type { MyBookingsTexts } from './de.js';

/** *Meine Buchungen* in Turkish; see de.ts. */
const myBookingsTexts: MessageTree<MyBookingsTexts> = {
  loadFailed: 'Rezervasyonlar yüklenemedi. Lütfen tekrar deneyin.',
  loadMore: 'Daha fazla rezervasyon yükle',
  filter: 'Göster',
  filterAll: 'Tüm rezervasyonlar',
  filterSingle: 'Yalnızca tek rezervasyonlar',
  filterSeries: 'Seri {title}',
  seriesHeading: 'Tekrarlanan rezervasyonlar',
  singlesHeading: 'Tek rezervasyonlar',
  seriesDates: 'Bir tarih daha | {count} tarih daha',
  seriesDatesSoFar: 'En az bir tarih | En az {count} tarih',
  nextDate: 'Sonraki tarih:',
  showDates: 'Tarihleri göster',
  cancelHeading: 'Rezervasyon iptal edilsin mi?',
  cancelQuestion: '“{title}” ({when}, {room}, {house}) iptal edilecek.',
  onlyThisDate: 'Yalnızca bu tarih iptal edilir. Serinin diğer tarihleri kalır.',
  cancelled: 'İptal edildi: “{title}”, {when}.',
  restored: 'Yeniden rezerve edildi: “{title}”, {when}.',
};

export default myBookingsTexts;
