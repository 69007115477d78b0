// Runs one JavaScript peer over a JSONL corpus within a time budget and
// prints what it did as JSON. Usage: node peer.js TOOL corpus.jsonl SECONDS
const fs = require('fs');
const readline = require('readline');
const [tool, file, budgetArg] = process.argv.slice(2);
const budget = Number(budgetArg || 120) * 1000;
let run;
if (tool === 'compromise') {
  const nlp = require('compromise');
  nlp.plugin(require('compromise-dates'));
  run = (t) => { const d = nlp(t); return d.people().length + d.places().length + d.organizations().length + d.dates().length + d.quotations().length; };
} else if (tool === 'wink-nlp') {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  run = (t) => nlp.readDoc(t).entities().length();
} else if (tool === 'chrono-node') {
  const chrono = require('chrono-node');
  run = (t) => chrono.parse(t).length;
} else {
  console.error('unknown tool ' + tool);
  process.exit(2);
}
(async () => {
  const start = Date.now();
  let docs = 0, bytes = 0, items = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const d = JSON.parse(line);
    items += run(d.text);
    docs++;
    bytes += Buffer.byteLength(d.text);
    if (Date.now() - start > budget) break;
  }
  rl.close();
  console.log(JSON.stringify({ docs, bytes, items, seconds: (Date.now() - start) / 1000 }));
})();
