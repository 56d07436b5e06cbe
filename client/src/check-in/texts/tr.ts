export default {
  checkIn: 'Giriş yap',
  checkInFor: 'Giriş yap: {title}',
  checkedIn: 'Giriş yapıldı: {time}',
  checkInBy: 'Lütfen saat {time}’e kadar giriş yapın, yoksa oda başkaları için serbest bırakılır.',
  done: 'Giriş yapıldı. Teşekkürler!',
  page: {
    heading: 'Giriş yap',
    loading: 'Rezervasyon yükleniyor …',
    notFound: 'Bu rezervasyon (artık) yok ya da onu görme izniniz yok.',
    opensAt: 'Giriş, başlangıçtan 15 dakika önce, saat {time}’de açılır.',
    over: 'Bu rezervasyon sona erdi.',
    notHeld: 'Bu rezervasyon artık odayı tutmuyor.',
    toMyBookings: 'Rezervasyonlarım',
  },
  display: {
    tapToCheckIn: 'Giriş için dokunun',
    checkedIn: 'Giriş yapıldı',
    failed: 'Giriş yapılamadı. Lütfen QR kodunu kullanın.',
  },
  settings: {
    legend: 'Giriş',
    required: 'Buradaki rezervasyonlar için giriş yapılmalı',
    hint: 'Başlangıçtan 15 dakika önce itibaren: duvar ekranında, odanın QR koduyla ya da “Rezervasyonlarım” bölümünde. Kimsenin giriş yapmadığı bir rezervasyon, bekleme süresinden sonra başkaları için serbest bırakılır.',
    grace: 'Bekleme süresi, dakika (5–120)',
    save: 'Girişi kaydet',
    saved: 'Giriş kaydedildi.',
  },
  series: {
    heading: 'Kimsenin gelmediği seriler',
    askMo:
      '“{title}” serisinin son üç tarihinde kimse giriş yapmadı. Kuruluşunuzun bu seriye hâlâ ihtiyacı var mı? Yoksa lütfen gelecek tarihlerini iptal edin.',
    tellStaff: '{organization}: “{title}” serisinin son üç tarihinde kimse giriş yapmadı.',
    stillNeeded: 'Hâlâ gerekli',
    seen: 'Görüldü',
  },
};
