// Hand-written articles in the languages the fixture pages do not cover, each with the clutter lines
// that language's news sites print: a byline, a date line, a dateline opening the first paragraph, a
// photo credit, a "read also" line, a tag list and a share line. `prose` are the paragraphs that must
// stay (one of them starts with the byline word, as real sentences do); `clutter` what must go.
export interface LanguageArticle {
  lang: string;
  title: string;
  byline: string;
  date: string;
  dateline: string;
  credit: string;
  related: [lead: string, link: string];
  tags: [label: string, ...links: string[]];
  share: string;
  prose: string[];
  /** Between a lead and its link (default ": "), and between tags (default ", "). */
  sep?: string;
  join?: string;
}

export const ARTICLES: LanguageArticle[] = [
  {
    lang: 'nl',
    title: 'Kabinet trekt extra geld uit voor dijkversterking langs de rivieren',
    byline: 'Door Jan van der Berg',
    date: '5 maart 2024, 14:32',
    dateline: 'DEN HAAG (ANP) - ',
    credit: 'Foto: ANP',
    related: ['Lees ook', 'Waterschappen waarschuwen voor hoge kosten van nieuwe dijken'],
    tags: ['Trefwoorden', 'Politiek', 'Klimaat', 'Waterbeheer'],
    share: 'Deel dit artikel',
    prose: [
      'Het kabinet trekt de komende tien jaar ruim twee miljard euro extra uit om dijken langs de grote rivieren te versterken. Dat heeft de minister van Infrastructuur en Waterstaat dinsdag bekendgemaakt na overleg met de waterschappen.',
      'Volgens de minister is de investering nodig omdat de rivieren vaker hoge waterstanden bereiken. Vooral de dijken langs de Waal en de Maas moeten op veel plekken worden verhoogd en verbreed, omdat ze niet meer aan de normen voldoen.',
      'Door de regen van de afgelopen winter stonden grote delen van de uiterwaarden wekenlang onder water. Bewoners van dorpen achter de dijken maakten zich zorgen, al bleef een overstroming uit.',
      'De waterschappen zijn blij met het geld, maar zeggen dat het werk jaren zal duren. Ze willen dat het Rijk ook meebetaalt aan het onderhoud van de dijken die de komende jaren worden versterkt.',
    ],
  },
  {
    lang: 'vi',
    title: 'Hà Nội mở rộng tuyến xe buýt điện đến các huyện ngoại thành',
    byline: 'Bởi Nguyễn Văn Minh',
    date: 'Thứ ba, 5/3/2024, 10:30 (GMT+7)',
    dateline: '(Dân trí) - ',
    credit: 'Ảnh: Giang Huy',
    related: ['Xem thêm', 'Giá vé xe buýt tại Hà Nội sẽ tăng từ tháng sau'],
    tags: ['Từ khóa', 'xe buýt điện', 'giao thông', 'Hà Nội'],
    share: 'Chia sẻ Facebook Zalo',
    prose: [
      'Sở Giao thông vận tải Hà Nội cho biết thành phố sẽ mở thêm sáu tuyến xe buýt điện nối trung tâm với các huyện ngoại thành trong năm nay. Các tuyến mới dự kiến phục vụ khoảng ba mươi nghìn lượt khách mỗi ngày.',
      'Theo kế hoạch, các xe buýt điện sẽ chạy từ năm giờ sáng đến mười một giờ đêm, với tần suất mười lăm phút một chuyến vào giờ cao điểm. Giá vé được giữ nguyên như các tuyến xe buýt thông thường.',
      'Bởi vì lượng xe máy trong nội thành tăng nhanh, thành phố muốn khuyến khích người dân chuyển sang phương tiện công cộng. Nhiều chuyên gia cho rằng đây là bước đi cần thiết để giảm ô nhiễm không khí.',
      'Người dân ở các huyện ngoại thành mong các tuyến mới sớm đi vào hoạt động, vì hiện nay họ phải đổi xe nhiều lần mới đến được trung tâm thành phố.',
    ],
  },
  {
    lang: 'ja',
    title: '東京都、路線バスの運転手確保へ新たな支援策',
    byline: '山田太郎記者',
    date: '2024年3月5日 10時30分',
    dateline: '【ワシントン共同】',
    credit: '写真：共同',
    related: ['【関連記事】', '地方の路線バス、運転手不足で減便相次ぐ'],
    sep: '',
    join: '、',
    tags: ['タグ', '交通', '東京都', '雇用'],
    share: 'シェア',
    prose: [
      '東京都は五日、路線バスの運転手不足に対応するため、新たに運転手となる人に最大三十万円を支給する支援策を発表した。都内のバス会社では退職者が増え、減便を余儀なくされる路線が相次いでいる。',
      '都によると、支援の対象は都内に営業所を持つバス会社に新しく採用された運転手で、大型二種免許の取得費用も補助する。都は来年度予算に関連経費を計上する方針だ。',
      '写真家として働いていた男性も、この制度を使って運転手に転職したいと話している。バス会社の担当者は、働き方の改善と合わせて人材を確保したいとしている。',
      '専門家は、給与の引き上げや休日の確保など、長く働ける環境づくりが欠かせないと指摘している。運転手の平均年齢は年々上がっており、このままでは十年後に路線の維持が難しくなるという試算もある。',
      '国土交通省も全国のバス会社を対象にした調査を進めており、今年の夏までに結果をまとめる予定だ。地方では既に、利用者の少ない路線を廃止したり、予約制の乗り合いタクシーに切り替えたりする動きが広がっている。',
      '都の担当者は「通勤や通学に欠かせない路線を守るため、できることは全て取り組みたい」と話している。支援策の詳しい内容は、来月にも都のホームページで公表される。',
    ],
  },
  {
    lang: 'pl',
    title: 'Rząd przyjął projekt ustawy o budowie nowych mieszkań na wynajem',
    byline: 'Autor: Anna Kowalska',
    date: '5 marca 2024, 14:32',
    dateline: 'WARSZAWA (PAP) – ',
    credit: 'Fot. PAP/Leszek Szymański',
    related: ['Czytaj także', 'Ceny mieszkań w dużych miastach wciąż rosną'],
    tags: ['Tagi', 'mieszkania', 'rząd', 'budownictwo'],
    share: 'Udostępnij',
    prose: [
      'Rada Ministrów przyjęła we wtorek projekt ustawy, który ma ułatwić gminom budowę mieszkań na tani wynajem. Według rządu w ciągu pięciu lat może powstać nawet trzydzieści tysięcy nowych lokali.',
      'Minister rozwoju powiedział po posiedzeniu rządu, że pieniądze na budowę trafią przede wszystkim do mniejszych miast, w których od lat brakuje mieszkań dla młodych rodzin.',
      'Autor projektu, wiceminister infrastruktury, przekonywał, że nowe przepisy skrócą procedury i pozwolą szybciej rozpocząć budowy. Opozycja zarzuca jednak rządowi, że program jest zbyt mały.',
      'Projekt trafi teraz do Sejmu. Posłowie mają zająć się nim jeszcze w tym miesiącu, a ustawa mogłaby wejść w życie od początku przyszłego roku.',
    ],
  },
  {
    lang: 'tl',
    title: 'Presyo ng bigas, bahagyang bumaba ngayong linggo',
    byline: 'Ni Juan dela Cruz',
    date: 'Marso 5, 2024',
    dateline: 'MAYNILA (PNA) — ',
    credit: 'Larawan: ABS-CBN News',
    related: ['Basahin din', 'Mga magsasaka, humihingi ng tulong sa gobyerno'],
    tags: ['Mga tag', 'bigas', 'presyo', 'agrikultura'],
    share: 'Ibahagi',
    prose: [
      'Bahagyang bumaba ang presyo ng bigas sa mga pamilihan sa Metro Manila ngayong linggo, ayon sa Kagawaran ng Agrikultura. Umabot sa dalawang piso kada kilo ang ibinaba ng presyo ng ilang uri ng bigas.',
      'Ayon sa mga nagtitinda, mas marami na ang suplay dahil nagsimula na ang anihan sa ilang lalawigan. Inaasahan nilang magpapatuloy ang pagbaba ng presyo hanggang sa susunod na buwan.',
      'Ni minsan ay hindi pa raw naranasan ng ilang mamimili ang ganito kataas na presyo noong nakaraang taon, kaya malaking ginhawa para sa kanila ang pagbaba nito.',
      'Sinabi ng kagawaran na patuloy nitong babantayan ang mga pamilihan upang matiyak na walang nagsasamantala sa presyo ng bigas.',
    ],
  },
  {
    lang: 'pt',
    title: 'Governo anuncia novo programa para reduzir filas em hospitais públicos',
    byline: 'Por Maria Silva, g1',
    date: '05/03/2024 14h32',
    dateline: 'BRASÍLIA (Agência Brasil) – ',
    credit: 'Foto: Reprodução/TV Globo',
    related: ['Leia também', 'Número de cirurgias eletivas cresce no país'],
    tags: ['Tópicos', 'saúde', 'SUS', 'hospitais'],
    share: 'Compartilhe',
    prose: [
      'O Ministério da Saúde anunciou nesta terça-feira um programa para reduzir as filas de espera por cirurgias e exames nos hospitais públicos. A meta é atender meio milhão de pacientes até o fim do ano.',
      'Segundo o ministério, os estados que aderirem ao programa vão receber recursos extras para contratar profissionais e ampliar o horário de funcionamento dos centros cirúrgicos.',
      'Por causa da pandemia, milhares de procedimentos foram adiados nos últimos anos, e muitos pacientes ainda esperam mais de um ano por uma cirurgia simples.',
      'Secretários estaduais de saúde elogiaram a iniciativa, mas cobram que o dinheiro chegue rapidamente aos hospitais que mais precisam.',
    ],
  },
  {
    lang: 'tr',
    title: 'İstanbul’da yeni metro hattı hizmete girdi',
    byline: 'Haber: Mehmet Yılmaz',
    date: '5 Mart 2024, 14:32',
    dateline: 'İSTANBUL (AA) - ',
    credit: 'Fotoğraf: AA',
    related: ['İlgili Haber', 'İstanbul’da toplu taşıma ücretlerine zam'],
    tags: ['Etiketler', 'metro', 'İstanbul', 'ulaşım'],
    share: 'Paylaş',
    prose: [
      'İstanbul’da Anadolu yakasını havalimanına bağlayan yeni metro hattı düzenlenen törenle hizmete açıldı. Hattın günde yaklaşık iki yüz bin yolcu taşıması bekleniyor.',
      'Yetkililer, yeni hat sayesinde iki yaka arasındaki yolculuk süresinin yarı yarıya kısalacağını belirtti. Seferler sabah altıdan gece yarısına kadar on dakikada bir yapılacak.',
      'Haber ajanslarına konuşan yolcular, trafikte saatlerce beklemek yerine artık metroyu kullanacaklarını söyledi.',
      'Belediye, önümüzdeki yıl iki yeni hattın daha tamamlanmasını planlıyor.',
    ],
  },
  {
    lang: 'ar',
    title: 'افتتاح محطة جديدة لتحلية المياه في الإسكندرية',
    byline: 'بقلم محمد علي',
    date: '5 مارس 2024',
    dateline: 'القاهرة (رويترز) - ',
    credit: 'الصورة: رويترز',
    related: ['اقرأ أيضا', 'ارتفاع أسعار المياه في المدن الكبرى'],
    tags: ['الكلمات المفتاحية', 'المياه', 'الإسكندرية', 'التحلية'],
    share: 'شارك',
    prose: [
      'افتتحت الحكومة المصرية اليوم الثلاثاء محطة جديدة لتحلية مياه البحر في مدينة الإسكندرية، بطاقة إنتاجية تصل إلى مئة ألف متر مكعب يوميا، لتلبية احتياجات السكان المتزايدة.',
      'وقال وزير الإسكان خلال حفل الافتتاح إن المحطة ستخدم أكثر من نصف مليون مواطن، وإن الحكومة تخطط لإنشاء محطات أخرى على ساحل البحر المتوسط خلال السنوات المقبلة.',
      'بقلم الخبراء وآرائهم تحدثت الصحف المحلية عن أهمية المشروع في مواجهة شح المياه الذي تعاني منه البلاد منذ سنوات.',
      'ويأمل السكان أن تسهم المحطة الجديدة في إنهاء انقطاع المياه المتكرر خلال فصل الصيف.',
    ],
  },
];
