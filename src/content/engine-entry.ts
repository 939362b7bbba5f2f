// engine.js: extraction, anchoring, highlights and the page controller, injected into the content
// script's isolated world by the background when Zvirka is on for the page (engine-loader.ts).
import { registerEngine } from './engine-loader';
import { runPage } from './page-run';

registerEngine({ runPage });
