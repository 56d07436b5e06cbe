import type { MessageTree } from '../../i18n/message-tree.js';
import type { ClosureTexts } from './de.js';

/** The closure question in Russian; see de.ts. */
const closureTexts: MessageTree<ClosureTexts> = {
  heading: 'Что будет с бронированиями в это время?',
  intro: 'Затронуто бронирований: {count}. Организации сразу узнают о вашем решении — в календаре и по электронной почте на своём языке.',
  changedMeanwhile: 'Тем временем здесь появились новые бронирования. Пожалуйста, примите решение и по ним.',
  move: 'Перенести в:',
  moveRoomFor: 'Новая комната для {title}',
  roomSuggested: '{room} – предложение',
  roomChosen: '{house}, вместимость: {capacity}.',
  noRoom: 'В это время нет другой свободной комнаты нужного размера.',
  cancel: 'Отменить с причиной закрытия',
  keep: 'Оставить: состоится несмотря на закрытие',
  undecided: 'Пожалуйста, выберите для этого бронирования.',
  confirmCreate: 'Внести закрытие и выполнить',
  confirmDecide: 'Выполнить',
  dismiss: 'Назад',
  created: 'Закрытие внесено. Перенесено: {moved}, отменено: {cancelled}, оставлено: {kept}.',
  decided: 'Готово. Перенесено: {moved}, отменено: {cancelled}, оставлено: {kept}.',
  ask: 'Решить по этим бронированиям',
};

export default closureTexts;
