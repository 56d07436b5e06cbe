export default {
  heading: 'أهلًا وسهلًا!',
  intro: 'اختاروا اسمكم وكلمة مرور. بعد ذلك تكونون قد سجّلتم الدخول.',
  submit: 'إنشاء حساب',
  busy: 'جارٍ الإنشاء …',
  forOrganization: 'تمت دعوتكم لحجز الغرف في KolLEktiv باسم {organization}.',
  forStaff: 'تمت دعوتكم للانضمام إلى فريق KolLEktiv.',
  validUntil: 'الرابط صالح حتى {date}.',
  loading: 'جارٍ تحميل الدعوة …',
  toLogin: 'إلى تسجيل الدخول',
};
