import type { MessageTree } from '../../i18n/message-tree.js';
import type { WaitingListTexts } from './de.js';

/** The waiting list in Turkish; see de.ts. */
const waitingListTexts: MessageTree<WaitingListTexts> = {
  heading: 'Bekleme listem',
  intro:
    'Beklediğiniz zaman boşalırsa, kuruluşunuz için {minutes} dakika ayrılır. Bu süre içinde onaylayın, yoksa listedeki bir sonrakine geçer.',
  none: 'Kuruluşunuz hiçbir zaman için beklemiyor.',
  join: 'Boşalınca bana haber ver',
  joinHint: 'Bu zaman dolu. Boşalınca size haber verebiliriz.',
  joinTitle: 'Ne için? (başlık)',
  joined: '{when} için bekleme listesindesiniz.',
  ahead: 'Sizden önceki kuruluşlar: {count}',
  waiting: 'Bekliyor',
  offerHeading: 'Şimdi boş: lütfen onaylayın',
  offerText: '{title}, {when}, {room}: kuruluşunuz için ayrıldı.',
  timeLeft: 'Kalan süre: {time}',
  confirm: 'Rezervasyonu onayla',
  decline: 'Reddet',
  leave: 'Bekleme listesinden çık',
  confirmed: 'Rezervasyon yapıldı: “{title}”, {when}.',
  declined: 'Reddedildi. Zaman listedeki bir sonrakine geçer.',
  left: '{when} için bekleme listesinden çıktınız.',
  loadFailed: 'Bekleme listesi yüklenemedi. Lütfen tekrar deneyin.',
};

export default waitingListTexts;
