// Preloaded with `node --import` to list every ES module a process loads, so tests can prove what a command
// does not load. Hooks run off the main thread; writing to stderr there is synchronous enough for a listing.
import { register } from 'node:module';

const hooks = `
import { writeSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  writeSync(2, 'loaded ' + url + '\\n');
  return nextLoad(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
