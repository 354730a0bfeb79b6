// Language detection from text (src/core/text/detect-language.ts) and its data
// (src/rules/language-hints.json). The samples are news-style paragraphs written for these tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGE_HINTS } from '../../../src/core/text/detect-language';

const REQUIRED = ['en', 'id', 'ms', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'tr', 'vi', 'tl', 'pl', 'ru', 'ar', 'ja', 'zh', 'ko'];
const SCRIPTS = ['Latin', 'Cyrillic', 'Arabic', 'Hangul', 'Hiragana', 'Katakana', 'Han'];

const SAMPLES: Record<string, string> = {
  en: `The city council voted on Tuesday to approve a new budget for the coming year, after months of debate over
    how to pay for road repairs and a new library. The mayor said the plan would not raise property taxes, but
    several members warned that the city could face a shortfall if sales tax revenue continues to fall. Residents
    who spoke at the meeting were divided, with some praising the library and others asking why the money was not
    being spent on the police department.`,
  id: `Pemerintah Kabupaten Demak mengatakan bahwa banjir rob yang merendam ribuan rumah warga sejak Senin malam
    belum surut hingga Kamis pagi. Kepala BPBD setempat menjelaskan, air laut masuk ke permukiman karena tanggul
    darurat jebol di dua titik. Menurut dia, petugas sudah mendirikan dapur umum dan menyalurkan bantuan kepada para
    pengungsi. "Kami berharap warga tetap waspada karena pasang air laut masih bisa terjadi hingga akhir pekan,"
    ujarnya. Sementara itu, polisi menutup sebagian jalan pantura agar kendaraan tidak terjebak genangan.`,
  ms: `Kerajaan negeri Pahang berkata bahawa cadangan pembukaan kuari granit di Kampung Bukit Seraya akan dikaji
    semula selepas menerima bantahan daripada penduduk. Exco Alam Sekitar negeri itu berkata, beliau sudah
    mengarahkan pihak berkuasa tempatan untuk mengadakan sesi penerangan kepada penduduk dalam masa terdekat.
    Menurutnya, keputusan muktamad hanya akan dibuat selepas laporan penilaian kesan alam sekitar diterima. "Kami
    faham kebimbangan penduduk kerana sekolah dan surau terletak berhampiran kawasan itu," katanya. Seramai 300
    penduduk hadir pada perhimpunan malam tadi, termasuk warga emas dan kanak-kanak.`,
  de: `Die Stadtverordneten haben am Donnerstagabend mit großer Mehrheit beschlossen, drei unterirdische
    Rückhaltebecken zu bauen. Nach dem Starkregen im Sommer 2022 waren zahlreiche Keller in der Innenstadt
    vollgelaufen, der Schaden lag bei mehreren Millionen Euro. Die Bürgermeisterin sagte, man könne das Wetter nicht
    ändern, aber man könne dafür sorgen, dass das Wasser beim nächsten Mal einen Platz habe. Die Bauarbeiten sollen
    im Frühjahr beginnen und rund zwei Jahre dauern.`,
  fr: `Pour la première fois depuis près de vingt ans, le chantier naval de Brest construit un navire de pêche
    entièrement neuf. Le chalutier de 24 mètres a été commandé par un armement de Concarneau et doit être livré au
    printemps prochain. Selon le dirigeant de l’entreprise, ce projet est un symbole fort pour toute la filière, qui
    vivait surtout de la réparation des bateaux existants. La Région a apporté une aide de 800 000 euros dans le
    cadre d’un plan de soutien à la pêche.`,
  es: `La escuela de este pequeño municipio volvió a abrir sus puertas el lunes con siete alumnos, diez años después
    de su cierre. La reapertura ha sido posible gracias a la llegada de cuatro familias en los últimos dos años,
    atraídas por un programa que ofrece viviendas con un alquiler muy bajo. La alcaldesa explicó que durante mucho
    tiempo pensaron que el colegio no volvería a abrir y que hoy ha sido uno de los días más emocionantes para el
    pueblo.`,
  pt: `A prefeitura anunciou nesta terça-feira que as obras de ampliação do hospital municipal devem começar no
    próximo mês. Segundo o secretário de saúde, o projeto vai dobrar o número de leitos da unidade, que hoje não
    consegue atender toda a demanda da região. Os moradores reclamam há anos da falta de vagas e da demora no
    atendimento. O custo total da obra é estimado em 45 milhões de reais, e a previsão é que o novo prédio fique
    pronto até o fim do ano que vem.`,
  it: `Il consiglio comunale ha approvato ieri sera il nuovo piano per la mobilità urbana, che prevede la chiusura
    al traffico del centro storico nei fine settimana. Secondo il sindaco, la misura è necessaria per ridurre
    l’inquinamento e rendere la città più vivibile per i residenti e per i turisti. I commercianti della zona però
    temono un calo delle vendite e hanno chiesto di essere coinvolti nelle prossime decisioni. Il piano entrerà in
    vigore a partire dal mese di settembre.`,
  nl: `De gemeenteraad heeft dinsdagavond ingestemd met de bouw van een nieuwe brug over de rivier. Het project kost
    ongeveer veertig miljoen euro en moet de drukte in het centrum van de stad verminderen. Volgens de wethouder is
    de brug al jaren nodig, omdat de oude verbinding niet meer geschikt is voor het zware verkeer. Omwonenden maken
    zich echter zorgen over geluidsoverlast tijdens de werkzaamheden, die naar verwachting drie jaar zullen duren.`,
  tr: `Belediye meclisi dün akşam yapılan toplantıda şehir merkezindeki eski otobüs terminalinin yıkılarak yerine
    büyük bir park yapılmasına karar verdi. Belediye başkanı, projenin iki yıl içinde tamamlanacağını ve bu alanın
    halkın kullanımına açık olacağını söyledi. Ancak muhalefet partisinin üyeleri, projenin maliyeti hakkında yeterli
    bilgi verilmediğini ve kararın çok hızlı alındığını ileri sürdü. Park için ayrıca bir yer altı otoparkı da inşa
    edilecek.`,
  vi: `Ủy ban nhân dân thành phố cho biết sẽ khởi công xây dựng cây cầu mới bắc qua sông vào đầu năm sau. Theo kế
    hoạch, công trình có tổng vốn đầu tư khoảng hai nghìn tỷ đồng và dự kiến hoàn thành trong vòng ba năm. Người dân
    sống ở hai bên bờ sông đã chờ đợi dự án này từ nhiều năm nay, vì cây cầu cũ thường xuyên bị ùn tắc vào giờ cao
    điểm.`,
  tl: `Inanunsyo ng pamahalaang lungsod noong Lunes na magsisimula na sa susunod na buwan ang pagpapagawa ng bagong
    ospital sa bayan. Ayon sa alkalde, ang proyekto ay popondohan ng pamahalaang nasyonal at inaasahang matatapos sa
    loob ng dalawang taon. Sinabi rin niya na hindi na kailangang bumiyahe nang malayo ng mga residente para
    magpagamot dahil magkakaroon na sila ng sariling ospital na may mahigit isang daang kama.`,
  pl: `Rada miasta zdecydowała we wtorek o budowie nowej linii tramwajowej, która połączy centrum z osiedlami na
    północy. Według prezydenta miasta inwestycja jest potrzebna, ponieważ autobusy w godzinach szczytu są
    przepełnione, a korki na głównych ulicach stają się coraz dłuższe. Koszt budowy oszacowano na około 600 milionów
    złotych, a prace mają się rozpocząć jeszcze w tym roku. Mieszkańcy od dawna czekali na tę decyzję.`,
  ru: `Городские власти объявили во вторник, что строительство нового моста через реку начнется уже весной. По
    словам мэра, проект обойдется бюджету примерно в два миллиарда рублей, а работы должны завершиться через три
    года. Жители района давно жаловались на пробки, которые образуются на старом мосту в часы пик. Кроме того, после
    открытия моста в городе планируют запустить новый автобусный маршрут.`,
  ar: `أعلنت وزارة الصحة يوم الثلاثاء عن افتتاح مستشفى جديد في المدينة، وذلك بعد أكثر من ثلاث سنوات من العمل. وقال
    الوزير في مؤتمر صحفي إن المستشفى يضم مئتي سرير، وسيخدم سكان المنطقة الشمالية الذين كانوا يضطرون إلى السفر مسافات
    طويلة لتلقي العلاج. وأضاف أن الحكومة تعمل على تحسين الخدمات الصحية في كل المحافظات، مشيرا إلى أن مستشفيات أخرى
    ستفتتح خلال العام المقبل.`,
  ja: `市議会は火曜日、市の中心部に新しい図書館を建設する計画を承認した。総事業費は約40億円で、2026年の開館を目指す。
    市長は記者会見で「子どもから高齢者まで、誰もが気軽に立ち寄れる場所にしたい」と述べた。一方で、一部の議員からは
    財政負担を懸念する声も上がっている。`,
  zh: `市政府周二宣布，将在市中心修建一座新的图书馆，总投资约为五亿元，预计在两年内完工。市长在记者会上表示，新图书馆
    不仅是一个读书的地方，也将成为市民交流和学习的公共空间。不过，也有部分市民认为，这笔钱应该优先用于改善老旧小区的
    基础设施。`,
  ko: `시의회는 화요일 도심에 새 도서관을 건립하는 계획을 승인했다. 총사업비는 약 400억 원으로, 2026년 개관을 목표로
    하고 있다. 시장은 기자회견에서 어린이부터 노인까지 누구나 편하게 들를 수 있는 공간을 만들겠다고 밝혔다. 그러나
    일부 의원들은 재정 부담이 클 수 있다는 우려를 나타냈다.`,
};

const PAGES = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/pages/index.json'), 'utf8')) as
  { file: string; lang: string; article: boolean; body: string }[];

describe('language-hints.json', () => {
  it('has every required language', () => {
    expect(Object.keys(LANGUAGE_HINTS).sort()).toEqual([...REQUIRED].sort());
  });

  it.each(REQUIRED)('%s: known scripts and ~30 lower-case, unique function words', (lang) => {
    const hint = LANGUAGE_HINTS[lang]!;
    expect(hint.name.trim()).not.toBe('');
    expect(hint.scripts.length).toBeGreaterThan(0);
    for (const script of hint.scripts) expect(SCRIPTS).toContain(script);
    expect(hint.words.length).toBeGreaterThanOrEqual(25);
    expect(new Set(hint.words).size).toBe(hint.words.length);
    for (const word of hint.words) {
      expect(word).toBe(word.toLowerCase().trim());
      expect(word).not.toBe('');
    }
    expect(hint.letters).toBe(hint.letters.toLowerCase());
  });

  it('gives Indonesian and Malay discriminating words of their own', () => {
    const id = new Set(LANGUAGE_HINTS.id!.words);
    const ms = new Set(LANGUAGE_HINTS.ms!.words);
    const onlyId = [...id].filter((w) => !ms.has(w));
    const onlyMs = [...ms].filter((w) => !id.has(w));
    expect(onlyId).toEqual(expect.arrayContaining(['bahwa', 'karena', 'bisa', 'pemerintah']));
    expect(onlyMs).toEqual(expect.arrayContaining(['bahawa', 'kerana', 'boleh', 'daripada', 'ialah', 'kerajaan']));
  });
});

describe('detectLanguage', () => {
  it.each(REQUIRED)('detects %s from a news paragraph', (lang) => {
    expect(detectLanguage(SAMPLES[lang]!)).toBe(lang);
  });

  it.each(PAGES.filter((p) => p.article).map((p) => [p.file, p.lang, p.body] as const))(
    'detects the fixture article %s as %s', (_file, lang, body) => {
      expect(detectLanguage(body)).toBe(lang);
    },
  );

  it('reads traditional Chinese as zh', () => {
    expect(detectLanguage('市政府週二宣布，將在市中心興建一座新的圖書館，總投資約為五億元，預計在兩年內完工。市長在記者會上表示，新圖書館不僅是一個讀書的地方，也將成為市民交流和學習的公共空間。')).toBe('zh');
  });

  it.each([
    ['id', 'Presiden mengatakan bahwa pemerintah akan menaikkan anggaran pendidikan tahun depan karena jumlah siswa terus bertambah di berbagai daerah.'],
    ['ms', 'Perdana Menteri berkata bahawa kerajaan akan menambah peruntukan pendidikan tahun depan kerana bilangan pelajar terus meningkat di seluruh negara.'],
    ['id', 'Polisi masih menyelidiki penyebab kebakaran yang terjadi pada Kamis malam. Menurut saksi, api bisa dipadamkan setelah dua jam dan tidak ada korban jiwa dalam peristiwa tersebut.'],
    ['ms', 'Polis masih menyiasat punca kebakaran yang berlaku pada malam Khamis. Menurut saksi, api dapat dipadamkan selepas dua jam dan tiada mangsa yang cedera dalam kejadian itu, kata beliau.'],
    ['ms', 'Beliau berkata, kerajaan boleh mempertimbangkan bantuan tambahan kepada mangsa banjir sekiranya keadaan menjadi lebih buruk daripada yang dijangka minggu ini.'],
    ['id', 'Ia mengatakan, pemerintah bisa mempertimbangkan bantuan tambahan bagi korban banjir jika kondisi menjadi lebih buruk dari yang diperkirakan pekan ini karena hujan deras.'],
  ])('tells Indonesian from Malay: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    '',
    '   ',
    'Hello world',
    'Baca juga',
    'BACA: Kilang sawit di Maran didenda',
    'Anzeige',
    'Lire aussi : À Lorient, la criée mise sur la vente en ligne',
    'Читайте также',
    'اقرأ أيضا',
    '広告',
    '关注我们',
    '관련기사',
    'The mayor said the plan would not raise taxes.',
    '12.05.2024 · 18:45 · 3 Min.',
  ])('returns "" for short text: %j', (text) => {
    expect(detectLanguage(text)).toBe('');
  });

  it('returns "" for languages it does not know and for mixed scripts', () => {
    // Ukrainian: Cyrillic, but not Russian.
    expect(detectLanguage(`Міська рада у вівторок ухвалила рішення про будівництво нового мосту через річку. За
      словами мера, роботи розпочнуться навесні і триватимуть близько трьох років. Мешканці району давно скаржилися
      на затори, які виникають на старому мосту в години пік.`)).toBe('');
    // Greek.
    expect(detectLanguage(`Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την κατασκευή μιας νέας γέφυρας πάνω από τον
      ποταμό. Σύμφωνα με τον δήμαρχο, οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν περίπου τρία χρόνια.`)).toBe('');
    // Romanian and Czech share short words with French, Portuguese and Polish, but too few.
    expect(detectLanguage(`Consiliul local a aprobat marți construirea unui pod nou peste râu. Potrivit primarului,
      lucrările vor începe în primăvară și vor dura aproximativ trei ani. Locuitorii cartierului s-au plâns de mult timp
      de ambuteiajele care se formează pe podul vechi la orele de vârf.`)).toBe('');
    expect(detectLanguage(`Zastupitelstvo města v úterý schválilo stavbu nového mostu přes řeku. Podle starosty práce
      začnou na jaře a potrvají přibližně tři roky. Obyvatelé čtvrti si dlouho stěžovali na dopravní zácpy, které se
      tvoří na starém mostě ve špičce.`)).toBe('');
    // Half English, half Russian.
    expect(detectLanguage(`${SAMPLES.en} ${SAMPLES.ru}`)).toBe('');
    // A list of names and numbers.
    expect(detectLanguage('Jakarta 12, Surabaya 8, Bandung 7, Medan 5, Semarang 4, Makassar 3, Palembang 3, Denpasar 2, Malang 2, Bogor 1, Depok 1, Bekasi 1, Tangerang 1')).toBe('');
  });

  it('is not fooled by a few foreign words', () => {
    expect(detectLanguage(`${SAMPLES.pl} Read more: Warsaw tram network, Москва, 東京.`)).toBe('pl');
    expect(detectLanguage(`${SAMPLES.ja} Read more about the library project in English on our website.`)).toBe('ja');
  });

  it('reads Vietnamese written in decomposed (NFD) form', () => {
    expect(detectLanguage(SAMPLES.vi!.normalize('NFD'))).toBe('vi');
  });

  it('looks only at the start of a long text', () => {
    const english = Array.from({ length: 60 }, () => SAMPLES.en).join(' ');
    const german = Array.from({ length: 200 }, () => SAMPLES.de).join(' ');
    expect(english.split(/\s+/).length).toBeGreaterThan(3000);
    expect(detectLanguage(`${english} ${german}`)).toBe('en');
  });
});
