export default {
  copyToWorkdays: 'Pzt–Cuma için de kullan',
  retireQuestion: {
    heading: '{name} kullanımdan kaldırılsın mı?',
    house:
      'Bundan sonra orada kimse rezervasyon yapamaz; bina takvimden ve oda aramadan kalkar. Daha sonra yeniden kullanıma alabilirsiniz.',
    room: 'Bundan sonra bu odayı kimse rezerve edemez; oda takvimden ve oda aramadan kalkar. Daha sonra yeniden kullanıma alabilirsiniz.',
    keep: 'Kaldırma',
  },
  organizationLanguages: {
    legend: 'Diller',
    other: 'Diğer diller',
    hint: 'Adlar veya kodlar, virgülle ayrılmış, ör. Peştuca, ti',
    unknown: 'Bu dili tanımıyoruz: {language}',
  },
};
