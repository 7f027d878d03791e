export { teardown as default } from './scratch.js';
