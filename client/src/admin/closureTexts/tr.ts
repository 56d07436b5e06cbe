import type { MessageTree } from '../../i18n/message-tree.js';
import type { ClosureTexts } from './de.js';

/** The closure question in Turkish; see de.ts. */
const closureTexts: MessageTree<ClosureTexts> = {
  heading: 'Bu süredeki rezervasyonlara ne olacak?',
  intro: 'İlgili rezervasyonlar: {count}. Kuruluşlar kararınızı hemen takvimde ve kendi dillerinde e-postayla öğrenir.',
  changedMeanwhile: 'Bu arada burada yeni rezervasyon yapıldı. Lütfen yeni rezervasyonlar için de karar verin.',
  move: 'Şuraya taşı:',
  moveRoomFor: '{title} için yeni oda',
  roomSuggested: '{room} – öneri',
  roomChosen: '{house}, kapasite: {capacity}.',
  noRoom: 'Bu saatte boş ve yeterince büyük başka oda yok.',
  cancel: 'Kapanma nedeniyle iptal et',
  keep: 'Koru: kapanmaya rağmen yapılır',
  undecided: 'Lütfen bu rezervasyon için seçim yapın.',
  confirmCreate: 'Kapanmayı kaydet ve uygula',
  confirmDecide: 'Uygula',
  dismiss: 'Vazgeç',
  created: 'Kapanma kaydedildi. Taşınan: {moved}, iptal edilen: {cancelled}, korunan: {kept}.',
  decided: 'Tamam. Taşınan: {moved}, iptal edilen: {cancelled}, korunan: {kept}.',
  ask: 'Bu rezervasyonlar için karar ver',
};

export default closureTexts;
