/**
 * `npm run check:content`: checks every chapter, both languages of each, the figures and the sources, without
 * building the site, and lists every problem at once as `file:line: message`. Exits 1 if there is any.
 * `-- --chapters <folder>` checks another chapters folder (with en/ and es/ inside), relative to the project.
 * The checks format figures with the site's own code, so they are loaded through Vite (scripts/lib/viteModules.ts).
 * It also refreshes the id types generated from content/data (src/data/contentIds.ts), as the build does.
 */
import { writeContentIds } from '../src/lib/build/contentIds';
import { withModule } from './lib/viteModules';

const start = performance.now();
writeContentIds(process.cwd());
type Checks = typeof import('../src/lib/build/contentChecks');
const { checkContent, formatProblem } = await withModule<Checks, Checks>(
  '/src/lib/build/contentChecks.ts',
  (module) => module,
);

const at = process.argv.indexOf('--chapters');
const chapters = at === -1 ? undefined : process.argv[at + 1];
const { problems, files } = checkContent({ root: process.cwd(), ...(chapters ? { chapters } : {}) });
const seconds = ((performance.now() - start) / 1000).toFixed(1);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} content files and the data (${seconds} s).`,
  );
  process.exitCode = 1;
} else {
  console.log(`${files} chapter and front page files, the figures and the sources: no problems (${seconds} s).`);
}
