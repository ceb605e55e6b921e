// The GitHub Action's entry point (action.yml runs dist/action.js): everything else is in src/action/.
import { run } from './action/run.js';

await run();
