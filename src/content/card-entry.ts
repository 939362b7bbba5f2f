// card.js: the claim card's code, injected into the content script's isolated world on first use
// (card-loader.ts). Wiring only.
import { CardHost } from './card-host';
import { registerCardHost } from './card-loader';

registerCardHost(CardHost);
