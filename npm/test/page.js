// The summary every vector runner prints (browsers, workerd, Bun, Deno, Node
// require): each failing vector by name, page errors, one line of counts.
// True if all passed.
export function report(label, results, errors, files) {
  for (const { name, problems } of results.failures) {
    console.log(`FAIL ${name}`);
    for (const p of problems) console.log(`    ${p}`);
  }
  for (const e of errors) console.log(`page error: ${e}`);
  console.log(`${label}: ${results.passed} passed, ${results.failed} failed`);
  return results.failed === 0 && results.passed > 0 && files.length > 0 && errors.length === 0;
}
