import { tagTokens } from './src/core/entities/tagger';
import { tokenize } from './src/core/entities/tokenize';
for (const [s, l] of [
 ['Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertukar surat', 'id'],
 ['Putin tiba di Korea Utara pada hari Rabu untuk bertemu Kim Jong Un di Pyongyang.', 'id'],
 ['Delegasi dari Rusia bertemu pejabat Kementerian Luar Negeri di Jakarta.', 'id'],
 ['Denise Whitlock, a spokeswoman for Tessaro Infrastructure Partners, said in Chicago on Monday.', 'en'],
 ['The company, based in Toronto, hired Marcus Feldman as chief executive.', 'en'],
]) { const w = tokenize(s, l).map(t=>t.text); console.log(tagTokens(w, l).map((t,i)=>w[i]+'/'+t).join(' ')); }
