import { tagTokens } from './src/core/entities/tagger';
const w = 'Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un bertukar surat'.split(' ');
console.log(tagTokens(w, 'id').map((t, i) => w[i] + '/' + t).join(' '));
