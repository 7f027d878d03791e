import './startup.js';
import { run } from './main.js';

void run();
