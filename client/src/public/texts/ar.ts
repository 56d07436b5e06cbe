/**
 * The words of a first visit in Arabic: how an organisation gets access, where the houses are and which
 * organisations meet there (the login page and the public pages under /mo). They load with those screens
 * (`publicTexts.ts`), not with the app. Every language has a file here with the same keys.
 */
export default {
  access: {
    heading: 'كيف تحصل منظمة على إمكانية الاستخدام؟',
    free: 'يوفّر KolLEktiv غرفًا مجانًا لمنظمات المهاجرين (MO) في لايبزيغ.',
    invite: 'لا يُنشأ الحساب ذاتيًا: يدعو فريق المركز أعضاء المنظمة عبر البريد الإلكتروني.',
    ask: 'هل تودّ منظمتكم استخدام الغرف؟ تواصلوا معنا:',
    askInHouse: 'هل تودّ منظمتكم استخدام الغرف؟ تحدّثوا مع فريق المركز في أحد مبانينا.',
    organizations: 'أيّ المنظمات تلتقي وأين',
  },
  houses: {
    heading: 'مبانينا',
    map: 'عرض على الخريطة',
    meetHere: 'تلتقي هنا:',
    nobody: 'لا توجد حاليًا مواعيد عامة مخطط لها هنا.',
  },
  card: {
    meetsIn: 'أين تلتقي',
    nothingPlanned: 'لا توجد حاليًا مواعيد عامة مخطط لها.',
  },
};
