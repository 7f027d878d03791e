export { setup as default } from './scratch.js';
