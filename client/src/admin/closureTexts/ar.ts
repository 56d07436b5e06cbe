import type { MessageTree } from '../../i18n/message-tree.js';
import type { ClosureTexts } from './de.js';

/** The closure question in Arabic; see de.ts. */
const closureTexts: MessageTree<ClosureTexts> = {
  heading: 'ماذا يحدث للحجوزات في هذه الفترة؟',
  intro: 'الحجوزات المعنية: {count}. تعرف المنظمات بقراركم فورًا، في التقويم وبالبريد الإلكتروني بلغتها.',
  changedMeanwhile: 'تم حجز جديد هنا في الأثناء. يرجى أن تقرروا بشأن الحجوزات الجديدة أيضًا.',
  move: 'نقل إلى:',
  moveRoomFor: 'غرفة جديدة لـ {title}',
  roomSuggested: '{room} – مقترح',
  roomChosen: '{house}، السعة: {capacity}.',
  noRoom: 'لا توجد غرفة أخرى متاحة وكبيرة بما يكفي في هذا الوقت.',
  cancel: 'إلغاء، مع ذكر سبب الإغلاق',
  keep: 'إبقاء: يُقام رغم الإغلاق',
  undecided: 'يرجى الاختيار لهذا الحجز.',
  confirmCreate: 'إضافة فترة الإغلاق وتنفيذ ذلك',
  confirmDecide: 'تنفيذ',
  dismiss: 'رجوع',
  created: 'تمت إضافة فترة الإغلاق. نُقل: {moved}، أُلغي: {cancelled}، بقي: {kept}.',
  decided: 'تم. نُقل: {moved}، أُلغي: {cancelled}، بقي: {kept}.',
  ask: 'اتخاذ قرار بشأن هذه الحجوزات',
};

export default closureTexts;
