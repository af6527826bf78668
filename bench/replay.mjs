// Turns the requests one suite run sent to the bench's mock (its WireMock journal, GET /__admin/requests) into
//   <out>/collection.json   a Newman collection sending exactly those requests, in the order they arrived, each
//                           checking the status as answered and the documented shape of a 202 or error body;
//   <out>/replay.tsv        the same requests for bench/Replay.java (a bare java.net.http client, status only).
// A 202's job_id is carried into the later requests that named it (the replayed restore gets a new job).
//   node bench/replay.mjs JOURNAL.json OUT_DIR
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [journalFile, out] = process.argv.slice(2);
if (!journalFile || !out) {
  console.error('usage: node bench/replay.mjs JOURNAL.json OUT_DIR');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
// The journal lists the newest first; the admin API's own requests are not in it.
const served = JSON.parse(readFileSync(journalFile, 'utf8')).requests.slice().reverse();
// Headers no client sets by hand: the connection frames the message itself.
const framing = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'expect', 'upgrade', 'keep-alive']);

const bodyBytes = (r) => (r.bodyAsBase64 ? Buffer.from(r.bodyAsBase64, 'base64') : Buffer.from(r.body ?? '', 'utf8'));
const headerList = (headers) => Object.entries(headers ?? {})
  .flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((v) => [name, String(v)]))
  .filter(([name]) => !framing.has(name.toLowerCase()));
const jsonOf = (text) => { try { return JSON.parse(text.replace(/^\uFEFF/, '')); } catch { return undefined; } };

const jobVariables = new Map(); // recorded job_id -> variable name
const items = [];
const lines = [];
served.forEach((entry, i) => {
  const request = entry.request;
  const status = entry.response?.status ?? entry.responseDefinition?.status ?? 0;
  const answer = jsonOf(Buffer.from(entry.response?.bodyAsBase64 ?? '', 'base64').toString('utf8')
    || entry.response?.body || '');
  let url = request.url;
  for (const [jobId, variable] of jobVariables) {
    url = url.split(jobId).join(`{{${variable}}}`);
  }
  const headers = headerList(request.headers);
  const body = bodyBytes(request);
  const tests = [`pm.test('status ${status}', () => pm.response.to.have.status(${status}));`];
  let carries = '';
  if (status === 202 && answer && typeof answer.job_id === 'string') {
    carries = `job${i}`;
    jobVariables.set(answer.job_id, carries);
    tests.push("pm.test('job_id', () => pm.expect(pm.response.json().job_id).to.be.a('string').and.not.empty);",
      `pm.collectionVariables.set('${carries}', pm.response.json().job_id);`);
  } else if (status >= 400 && answer && typeof answer.error_code === 'string') {
    tests.push("pm.test('error body', () => { const b = pm.response.json(); "
      + "pm.expect(b.error_code).to.be.a('string'); pm.expect(b.error_msg).to.be.a('string'); });");
  } else if (status >= 400 && answer && typeof answer.errCode === 'string') {
    tests.push("pm.test('error body', () => { const b = pm.response.json(); "
      + "pm.expect(b.errCode).to.be.a('string'); pm.expect(b.externalMessage).to.be.a('string'); });");
  }
  const item = {
    name: `${String(i + 1).padStart(3, '0')} ${request.method} ${request.url.split('?')[0]}`,
    request: { method: request.method, header: headers.map(([key, value]) => ({ key, value })), url: `{{base}}${url}` },
    event: [{ listen: 'test', script: { type: 'text/javascript', exec: tests } }],
  };
  if (body.length > 0) {
    const text = body.toString('utf8');
    if (Buffer.from(text, 'utf8').equals(body) && body.length < 1_000_000) {
      item.request.body = { mode: 'raw', raw: text };
    } else { // bytes that are not UTF-8, or too large to inline: sent from a file
      const file = `body-${i + 1}.bin`;
      writeFileSync(join(out, file), body);
      item.request.body = { mode: 'file', file: { src: file } };
    }
  }
  items.push(item);
  const headerText = headers.map(([name, value]) => `${name}:${value}`).join('\n');
  lines.push([request.method, url, Buffer.from(headerText).toString('base64'), body.toString('base64'), status,
    carries].join('\t'));
});

writeFileSync(join(out, 'collection.json'), JSON.stringify({
  info: { name: 'ddm-conformance run replayed',
    schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
  item: items,
}));
writeFileSync(join(out, 'replay.tsv'), lines.join('\n') + '\n');
console.log(`replay: ${items.length} requests, ${jobVariables.size} restores accepted`);
