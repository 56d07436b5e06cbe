import type { MessageTree } from '../../i18n/message-tree.js';
import type { PrivacyTexts } from './de.js';

const privacyTexts: MessageTree<PrivacyTexts> = {
  heading: 'Veri koruma',
  intro: 'Bu oda rezervasyon sisteminin hangi verileri, neden ve ne kadar süreyle kaydettiği ve bunları kimin gördüğü burada yazıyor.',
  controller: {
    heading: 'Kim sorumlu?',
    missing: 'İşletmeci buraya henüz bir ad yazmadı. Lütfen binadaki ekibe sorun.',
    imprintBefore: 'İşletmeci hakkında daha fazlası:',
  },
  stored: {
    heading: 'Neleri ve neden kaydediyoruz',
    account:
      'Hesabınız: ad, e-posta adresi, dil, rol ve kuruluş; şifre yalnızca şifrelenmiş olarak. Giriş yapabilmeniz ve ekibin kimin hangi kuruluşa ait olduğunu bilmesi için.',
    sessions: 'Girişleriniz: rastgele bir anahtar içeren bir cookie ve en son ne zaman giriş yaptığınız. Girişli kalmanız için.',
    bookings:
      'Rezervasyonlar: oda, zaman, başlık, kuruluş, tür, kişi sayısı, notlar ve rezervasyonu kimin yaptığı. Odaların adil paylaşılması ve binanın şehre odaların nasıl kullanıldığını gösterebilmesi için.',
    organization: 'Kuruluşunuz: ad, açıklama, diller ve iletişim. Üyelerin ve ilgilenenlerin onu bulabilmesi için.',
    coaching: 'Koçluk: talepler, mesajlar ve görüşmeler. Ekibin ve koçunuzun size danışmanlık yapabilmesi için.',
    network: 'Ağ: kuruluşunuzun buluşmalara verdiği yanıtlar, konular, öneriler ve tutanaklar. Buluşmaların planlanabilmesi için.',
    notices: 'Başkalarının yaptığı değişiklikler hakkında bildirimler ve e-postalar. Haberiniz olması için.',
    changeLog: 'Değişiklik kaydı: kim neyi ne zaman değiştirdi. Değişikliklerin izlenebilmesi ve hataların açıklığa kavuşması için.',
    feeds:
      'Takvim abonelikleri: yalnızca şifrelenmiş olarak kaydedilen gizli bir adres. Takvim programınızın rezervasyonları göstermesi için.',
    serverLogs:
      'Sunucu kayıtları: istekler ve hatalar hakkında teknik bilgiler; ad, e-posta adresi ve anahtar olmadan. Hataların bulunması için.',
    browser: 'Tarayıcınızda: giriş cookie’si ve diliniz. Reklam yok, izleme yok, başka sağlayıcıların hizmetleri yok.',
    legalBasis:
      'Hukuki dayanak GDPR madde 6 fıkra 1 bent b’dir (oda rezervasyonunu kullanıyorsunuz), kayıtlar için bent f (güvenli ve izlenebilir işletim).',
  },
  retention: {
    heading: 'Verileri ne kadar süre saklıyoruz',
    links: 'Davetler ve şifre sıfırlama bağlantıları: süreleri dolar dolmaz silinir.',
    mails: 'E-postalar: gönderilir gönderilmez silinir.',
    sessions:
      'Girişler: çıkış yaptığınızda, en geç {count} gün sonra silinir. | Girişler: çıkış yaptığınızda, en geç {count} gün sonra silinir.',
    notices: 'Bildirimler: {count} ay sonra silinir. | Bildirimler: {count} ay sonra silinir.',
    changeLog:
      'Değişiklik kaydı: adlar ve e-posta adresleri {count} ay sonra bir takma adla değiştirilir. | Değişiklik kaydı: adlar ve e-posta adresleri {count} ay sonra bir takma adla değiştirilir.',
    account:
      'Hesabınız, ekip onu silene kadar kalır; sizin ya da kuruluşunuzun isteğiyle. O zaman ad, e-posta adresi, şifre, girişler, takvim abonelikleri ve bildirimler silinir. Rezervasyonlarınız sizinle bağlantısı olmadan kuruluş ve şehrin istatistikleri için kalır.',
    backups:
      'Veritabanının yedek kopyaları: {count} gün sonra daha yenileriyle değiştirilir, o zamana kadar silinmiş verileri de içerir. | Veritabanının yedek kopyaları: {count} gün sonra daha yenileriyle değiştirilir, o zamana kadar silinmiş verileri de içerir.',
    backupsUnscheduled: 'Veritabanının yedek kopyaları, yerlerini daha yenileri alana kadar verileri içerir.',
  },
  audiences: {
    heading: 'Kim neyi görüyor',
    public:
      'Herkes, giriş yapmadan da: bir odanın ne zaman dolu olduğunu, herkese açık rezervasyonların başlığını ve kuruluşunu ve kuruluşların herkese açık profillerini.',
    displays: 'Binadaki ekranlar: o binadaki günün rezervasyonlarını; özel rezervasyonları yalnızca “dolu” olarak.',
    members:
      'Giriş yapmış tüm kuruluşların üyeleri: tüm rezervasyonları (diğer kuruluşların özel rezervasyonlarını yalnızca “dolu” olarak), kuruluşların iletişim bilgilerini, ağ buluşmalarını ve tutanaklarını.',
    ownOrganization:
      'Kuruluşunuzun üyeleri ayrıca: rezervasyonlarına ait notları, mesajlarıyla birlikte koçluk taleplerini ve ağdaki yanıtlarını.',
    coaches:
      'Koçlar: ilgilendikleri koçluk taleplerini tüm mesajlarıyla ve ağ buluşmalarını tutanaklarıyla; bunun dışında herkesin gördüğünü.',
    staff: 'Ekip: her şeyi; adlar, e-posta adresleri ve değişiklik kaydı dahil. Binayı yönetmek için buna ihtiyacı var.',
    nobodyElse: 'Başka hiç kimse: oda rezervasyonu başka hizmetlere veri vermez. E-postalar işletmecinin e-posta sunucusu üzerinden gider.',
  },
  rights: {
    heading: 'Haklarınız',
    access: 'Bilgi ve kopya: hakkınızdaki tüm verileri “Hesabım” bölümünde dosya olarak indirirsiniz.',
    toAccount: '“Hesabım”a git',
    correct: 'Düzeltme: adınızı ve dilinizi “Hesabım” bölümünde değiştirirsiniz, geri kalan her şeyi ekip değiştirir.',
    erase: 'Silme, kısıtlama ve itiraz: yukarıdaki sorumluya yazın ya da ekiple konuşun.',
    complain: 'Şikâyet: bir veri koruma denetim makamına; Saksonya’da Saksonya Veri Koruma ve Şeffaflık Sorumlusuna.',
  },
  export: {
    heading: 'Verilerim',
    text: 'Oda rezervasyonunun hakkınızda kaydettiği her şey, tek bir dosya olarak (JSON).',
    download: 'Verilerimi indir',
    privacy: 'Neleri ve neden kaydediyoruz',
  },
  erasePerson: {
    download: 'Verileri indir',
    erase: 'Kişiyi sil',
    heading: '{name} kalıcı olarak silinsin mi?',
    goes: 'Silinecek: ad, e-posta adresi, şifre, girişler, takvim abonelikleri ve bildirimler.',
    stays:
      'Kalacak: kişiyle bağlantısı olmadan rezervasyonlar, kuruluş ve şehrin istatistikleri için. Değişiklik kaydında ad yerine bir takma ad görünür.',
    done: 'Kişi silindi.',
  },
  confirmErase: {
    final: 'Bu geri alınamaz.',
    confirm: 'Kalıcı olarak sil',
    keep: 'Silmekten vazgeç',
  },
  eraseOrganization: {
    erase: 'Kuruluşu sil',
    heading: '{name} kalıcı olarak silinsin mi?',
    goes: 'Silinecek: kuruluşun adı, açıklaması ve iletişim bilgileri ile tüm kişileri, “Kişiyi sil”deki gibi. Gelecekteki rezervasyonları iptal edilir, odalar yeniden boş olur.',
    stays: 'Kalacak: geçmiş rezervasyonları adsız olarak, şehrin istatistikleri için. Değişiklik kaydında ad yerine bir takma ad görünür.',
    done: 'Kuruluş silindi.',
  },
};

export default privacyTexts;
