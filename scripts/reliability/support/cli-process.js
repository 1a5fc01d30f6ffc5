// `tryggve <args>` from the compiled server as it stands, without bin/tryggve.js's rebuild
// check: the reliability scripts build once before they start.
const { runCli } = await import('../../../dist/server/cli/main.js');
await runCli(process.argv);
