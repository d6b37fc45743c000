// `docusaurus <command>` for the site's own scripts, with one difference: once the command has
// finished its work (the event loop is empty), the process exits at once. A build leaves rspack's
// native compiler alive, and letting Node tear it down after the build took 6 s of a 59 s build
// of the site with 200 generated runbooks (measured with gdb: the main thread inside the rspack
// binding after 'exit'). Every output file is written before the loop empties, so exiting there
// loses nothing; `process.exit` skips only that teardown.
process.once('beforeExit', (code) => process.exit(code));
await import('@docusaurus/core/bin/docusaurus.mjs');
