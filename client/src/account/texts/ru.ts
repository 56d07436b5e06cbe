export default {
  heading: 'Добро пожаловать!',
  intro: 'Укажите своё имя и придумайте пароль. После этого Вы сразу войдёте.',
  submit: 'Создать аккаунт',
  busy: 'Создаём …',
  forOrganization: 'Вас пригласили бронировать помещения в KolLEktiv для {organization}.',
  forStaff: 'Вас пригласили в команду KolLEktiv.',
  validUntil: 'Ссылка действительна до {date}.',
  loading: 'Загружаем приглашение …',
  toLogin: 'Ко входу',
};
