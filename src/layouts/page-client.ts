// The page's one script, loaded by Base.astro on every page: one file (gzip compresses the parts together, one
// request, one tag) rather than a module per component. Each part acts only where its markup is on the page.
// Fetched by URL on first use instead: the search box's code (SearchBox.astro), the sentence menu
// (press/client/sentence-controls.ts); the map and search pages add their own scripts.
import '../reading/controls';
import '../locale/language-switch';
import '../press/client/print-info';
import '../press/client/copy';
import '../press/client/cite';
import '../press/client/sentence-controls';
import '../feedback/report-here';
