// Well-known organisations that news and web text name without a cue word ("Google said", "NATO troops"):
// a short hand-made list of public names (facts, no licence), English and Indonesian. Written into
// gazetteer.json by scripts/data/make-gazetteer.ts; the tagger uses hits as a feature, never as a verdict.
export const ORG_NAMES = `Google|Alphabet|Microsoft|Apple|Amazon|Facebook|Meta|Twitter|Instagram|YouTube|WhatsApp|Netflix|Yahoo|
IBM|Intel|AMD|Nvidia|Oracle|Cisco|Samsung|Sony|Toyota|Honda|Nissan|Hyundai|Ford|General Motors|Tesla|Boeing|Airbus|
Exxon|ExxonMobil|Exxon Mobil|Chevron|Shell|BP|Total|Pertamina|Enron|Walmart|Wal-Mart|Target|Costco|McDonald's|Starbucks|
Coca-Cola|Pepsi|PepsiCo|Nestle|Unilever|Procter & Gamble|Johnson & Johnson|Pfizer|Moderna|AstraZeneca|Novartis|
Goldman Sachs|JPMorgan|JP Morgan|Morgan Stanley|Citigroup|Citibank|HSBC|Barclays|Deutsche Bank|UBS|Visa|Mastercard|
PayPal|eBay|Alibaba|Tencent|Huawei|Xiaomi|Baidu|ByteDance|TikTok|Uber|Lyft|Airbnb|Spotify|Adobe|Dell|HP|Lenovo|
Verizon|AT&T|Vodafone|Telkom|Telkomsel|Indosat|Gojek|Grab|Tokopedia|Bukalapak|Shopee|Traveloka|Garuda Indonesia|
Lion Air|Bank Mandiri|BRI|BNI|BCA|Bank Indonesia|Astra|Indofood|Freeport|Mozilla|Wikipedia|Reuters|Associated Press|
AP|AFP|Bloomberg|CNN|BBC|NBC|CBS|ABC|Fox News|Al Jazeera|New York Times|Washington Post|Wall Street Journal|
Financial Times|The Guardian|Guardian|Kompas|Tempo|Antara|Detik|Metro TV|
United Nations|UN|PBB|UNICEF|UNESCO|WHO|NATO|European Union|EU|ASEAN|OPEC|IMF|World Bank|WTO|Interpol|Red Cross|
Palang Merah|Greenpeace|Amnesty International|Hamas|Hezbollah|Taliban|Al Qaeda|ISIS|Congress|Senate|Pentagon|
FBI|CIA|NASA|FDA|EPA|SEC|Federal Reserve|Fed|Supreme Court|Parliament|Kremlin|Labour|Conservatives|Democrats|
Republicans|Democratic Party|Republican Party|TNI|Polri|KPK|KPU|DPR|MPR|Bawaslu|BPK|OJK|Golkar|PDI-P|PDIP|Gerindra|
Nasdem|PKB|PKS|Demokrat|NU|Nahdlatul Ulama|Muhammadiyah|FIFA|UEFA|IOC|NBA|NFL|PSSI|Real Madrid|Barcelona|
Manchester United|Liverpool|Chelsea|Arsenal|Juventus|Bayern Munich|Harvard|Stanford|MIT|Oxford|Cambridge|Yale`
  .split(/\s*[|\n]\s*/)
  .filter(Boolean);
