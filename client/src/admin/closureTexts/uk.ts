import type { MessageTree } from '../../i18n/message-tree.js';
import type { ClosureTexts } from './de.js';

/** The closure question in Ukrainian; see de.ts. */
const closureTexts: MessageTree<ClosureTexts> = {
  heading: 'Що буде з бронюваннями в цей час?',
  intro:
    'Бронювань, яких це стосується: {count}. Організації одразу дізнаються про ваше рішення — у календарі та електронною поштою своєю мовою.',
  changedMeanwhile: 'Тим часом тут з’явилися нові бронювання. Будь ласка, вирішіть і щодо них.',
  move: 'Перенести в:',
  moveRoomFor: 'Нова кімната для {title}',
  roomSuggested: '{room} – пропозиція',
  roomChosen: '{house}, місткість: {capacity}.',
  noRoom: 'У цей час немає іншої вільної кімнати потрібного розміру.',
  cancel: 'Скасувати з причиною закриття',
  keep: 'Залишити: відбудеться попри закриття',
  undecided: 'Будь ласка, оберіть для цього бронювання.',
  confirmCreate: 'Внести закриття і виконати',
  confirmDecide: 'Виконати',
  dismiss: 'Назад',
  created: 'Закриття внесено. Перенесено: {moved}, скасовано: {cancelled}, залишено: {kept}.',
  decided: 'Готово. Перенесено: {moved}, скасовано: {cancelled}, залишено: {kept}.',
  ask: 'Вирішити щодо цих бронювань',
};

export default closureTexts;
