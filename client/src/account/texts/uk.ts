export default {
  heading: 'Ласкаво просимо!',
  intro: 'Введіть своє ім’я та оберіть пароль. Після цього Ви увійдете.',
  submit: 'Створити акаунт',
  busy: 'Створюємо …',
  forOrganization: 'Вас запросили бронювати приміщення в KolLEktiv для {organization}.',
  forStaff: 'Вас запросили до команди KolLEktiv.',
  validUntil: 'Посилання дійсне до {date}.',
  loading: 'Завантажуємо запрошення …',
  toLogin: 'До входу',
};
