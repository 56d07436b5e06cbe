/**
 * The words of a first visit in Farsi: how an organisation gets access, where the houses are and which
 * organisations meet there (the login page and the public pages under /mo). They load with those screens
 * (`publicTexts.ts`), not with the app. Every language has a file here with the same keys.
 */
export default {
  access: {
    heading: 'یک انجمن چگونه دسترسی پیدا می‌کند؟',
    free: 'KolLEktiv اتاق‌ها را رایگان در اختیار انجمن‌های مهاجران (MO) در لایپزیگ می‌گذارد.',
    invite: 'حساب را خودتان نمی‌سازید: تیم، افراد یک انجمن را با ایمیل دعوت می‌کند.',
    ask: 'انجمن شما می‌خواهد از اتاق‌ها استفاده کند؟ با ما تماس بگیرید:',
    askInHouse: 'انجمن شما می‌خواهد از اتاق‌ها استفاده کند؟ با تیم در یکی از ساختمان‌های ما صحبت کنید.',
    organizations: 'کدام انجمن‌ها کجا دیدار می‌کنند',
  },
  houses: {
    heading: 'ساختمان‌های ما',
    map: 'نمایش روی نقشه',
    meetHere: 'اینجا دیدار می‌کنند:',
    nobody: 'فعلاً اینجا هیچ برنامهٔ عمومی‌ای برنامه‌ریزی نشده است.',
  },
  card: {
    meetsIn: 'محل دیدار',
    nothingPlanned: 'فعلاً هیچ برنامهٔ عمومی‌ای برنامه‌ریزی نشده است.',
  },
};
