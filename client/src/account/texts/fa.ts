export default {
  heading: 'خوش آمدید!',
  intro: 'نام خود و یک رمز عبور انتخاب کنید. بعد از آن وارد حساب خود می‌شوید.',
  submit: 'ساختن حساب',
  busy: 'در حال ساختن …',
  forOrganization: 'شما دعوت شده‌اید تا برای {organization} در KolLEktiv اتاق رزرو کنید.',
  forStaff: 'شما دعوت شده‌اید تا به تیم KolLEktiv بپیوندید.',
  validUntil: 'این لینک تا {date} معتبر است.',
  loading: 'دعوت‌نامه در حال بارگذاری است …',
  toLogin: 'رفتن به ورود',
};
