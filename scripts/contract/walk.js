// The walk behind `npm run contract` and `npm run contract:prism`: drives every operation of
// the API document against a running server, as the demo admin and anonymously, with inputs
// made from the document alone: a positive request (every required field from its schema) and
// negative ones (a wrong type, a field missing, an unknown field), plus every method a path
// does not have. Each answer is checked against the document with Ajv, not with the server's
// own zod:
//   status:   the status is listed for the operation
//   body:     a JSON body matches the listed schema (error codes included)
//   negative: a request the document calls invalid is not answered 2xx
//   auth:     an anonymous caller gets no 2xx from an operation that needs a session
//   method:   a method the path lacks is answered 405 with an Allow header and the error body
//   server:   no 5xx
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { AttackClient } from '../attack/client.js';
import { sampleOf } from './sample.js';

const methods = ['get', 'post', 'put', 'patch', 'delete'];
const seed = Number(process.env.CONTRACT_SEED ?? 1);

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
addFormats(ajv);
ajv.addFormat('binary', true);

let counts;
let failuresByCheck;
let examples;
/** Called with every answer (the label and the client's response, its headers included). */
let onAnswer;
/** Whether to send a body that is JSON `null` (Prism's proxy cannot pass one on). */
let sendsNullBody;
/** How long one request may take before it counts as unanswered (status 0). */
let timeoutMs;

function fail(check, text) {
  counts.failures += 1;
  failuresByCheck[check] = (failuresByCheck[check] ?? 0) + 1;
  if (examples.length < 40) examples.push(`${check}: ${text}`);
}

const compiled = new Map();
function validatorFor(schema) {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) compiled.set(key, ajv.compile(schema));
  return compiled.get(key);
}

function checkAnswer(label, operation, response, { isNegative = false, isAnonymous = false }) {
  counts.checks += 1;
  const documented = operation.responses[String(response.status)];
  if (response.status >= 500) fail('server', `${label} → ${response.status} ${response.code}`);
  if (!documented) {
    fail('status', `${label} → ${response.status} ${response.code ?? ''} is not documented`);
    return;
  }
  const schema = documented.content?.['application/json']?.schema;
  if (schema && response.json !== null) {
    const validate = validatorFor(schema);
    if (!validate(response.json)) {
      fail('body', `${label} → ${response.status}: ${ajv.errorsText(validate.errors)}`);
    }
  }
  const isSuccess = response.status >= 200 && response.status < 300;
  if (isNegative && isSuccess)
    fail('negative', `${label} was invalid but answered ${response.status}`);
  const needsSession = (operation.security ?? []).some((entry) => 'session' in entry);
  if (isAnonymous && needsSession && isSuccess) {
    fail('auth', `${label} answered ${response.status} to an anonymous caller`);
  }
}

function pathWith(path, parameters, values) {
  let url = path;
  const query = new URLSearchParams();
  for (const parameter of parameters ?? []) {
    const value = values[parameter.name];
    if (value === undefined) continue;
    if (parameter.in === 'path')
      url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
    if (parameter.in === 'query') query.set(parameter.name, String(value));
  }
  const text = query.toString();
  return text ? `${url}?${text}` : url;
}

/** The requests made from one operation's document: one positive, then the negative ones. */
function requestsFor(path, operation) {
  const parameters = operation.parameters ?? [];
  const values = {};
  for (const parameter of parameters) {
    if (parameter.required || parameter.in === 'path') {
      values[parameter.name] = sampleOf(parameter.schema, seed);
    }
  }
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const body = bodySchema ? sampleOf(bodySchema, seed) : undefined;
  const requests = [{ kind: 'positive', url: pathWith(path, parameters, values), body }];
  const requiredQuery = parameters.filter(
    (parameter) => parameter.in === 'query' && parameter.required,
  );
  for (const parameter of requiredQuery) {
    const without = { ...values, [parameter.name]: undefined };
    requests.push({ kind: 'negative', url: pathWith(path, parameters, without), body });
  }
  for (const parameter of parameters.filter(
    (item) => item.in === 'query' && item.schema?.pattern,
  )) {
    const pattern = new RegExp(parameter.schema.pattern, 'u');
    const outside = ['0000-not-valid', 'x\u0001y'].find((text) => !pattern.test(text));
    if (outside === undefined) continue;
    const wrong = { ...values, [parameter.name]: outside };
    requests.push({ kind: 'negative', url: pathWith(path, parameters, wrong), body });
  }
  if (bodySchema) {
    requests.push({ kind: 'negative', url: requests[0].url, body: [] });
    if (sendsNullBody) requests.push({ kind: 'negative', url: requests[0].url, body: 'null' });
    if (bodySchema.type === 'object' && bodySchema.additionalProperties === false) {
      requests.push({
        kind: 'negative',
        url: requests[0].url,
        body: { ...body, notInTheDocument: 1 },
      });
    }
    for (const name of bodySchema.required ?? []) {
      const { [name]: _left, ...rest } = body ?? {};
      requests.push({ kind: 'negative', url: requests[0].url, body: rest });
    }
  }
  return requests;
}

/** Operations that would end the walk's own session or lock its account: sent anonymously only. */
const sparedForAdmin = new Set([
  'DELETE /api/session',
  'POST /api/account/password',
  'POST /api/session',
]);

async function walk(baseUrl, document, client, isAnonymous) {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of methods) {
      const operation = item[method];
      if (!operation) continue;
      const name = `${method.toUpperCase()} ${path}`;
      if (!isAnonymous && sparedForAdmin.has(name)) continue;
      for (const request of requestsFor(path, operation)) {
        const response = await client.request(method.toUpperCase(), request.url, request.body, {
          timeoutMs,
        });
        counts.requests += 1;
        const label = `${isAnonymous ? 'anonymous' : 'admin'} ${request.kind} ${name}`;
        onAnswer(label, response);
        checkAnswer(label, operation, response, {
          isNegative: request.kind === 'negative',
          isAnonymous,
        });
      }
    }
    const missing = methods.filter((method) => !item[method]);
    for (const method of missing) {
      const url = pathWith(
        path,
        Object.values(item)
          .flatMap((operation) => operation.parameters ?? [])
          .filter((p) => p.in === 'path'),
        { id: '00000000-0000-4000-8000-000000000000', code: 'x', file: 'x.ics' },
      );
      const response = await fetch(`${baseUrl}${url}`, { method: method.toUpperCase() });
      counts.requests += 1;
      counts.checks += 1;
      const body = await response.json().catch(() => null);
      onAnswer(`${isAnonymous ? 'anonymous' : 'admin'} method ${method.toUpperCase()} ${path}`, {
        status: response.status,
        headers: response.headers,
      });
      if (
        response.status === 405 &&
        response.headers.get('allow') &&
        body?.code === 'METHOD_NOT_ALLOWED'
      )
        continue;
      // The router may hand the address to a sibling route (GET /api/plans/goals is /api/plans/{id}).
      const isSibling = Object.entries(document.paths).some(
        ([other, otherItem]) =>
          other !== path &&
          otherItem[method] &&
          new RegExp(`^${other.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url),
      );
      if (isSibling) continue;
      fail('method', `${method.toUpperCase()} ${path} → ${response.status} ${body?.code ?? ''}`);
    }
  }
}

/**
 * Walks the document of the server at `server.url` as its demo admin (`server.login`), then
 * anonymously. Requests go to `requestUrl` (the server itself, or a proxy in front of it);
 * `inspect` sees every answer with its headers; `isNullBodySent: false` leaves out the body
 * that is JSON `null`. Resolves with the counts and the first failures.
 */
export async function runContract(
  server,
  { requestUrl = server.url, inspect, isNullBodySent = true, requestTimeoutMs = 60_000 } = {},
) {
  timeoutMs = requestTimeoutMs;
  counts = { requests: 0, checks: 0, failures: 0 };
  sendsNullBody = isNullBodySent;
  failuresByCheck = {};
  examples = [];
  onAnswer = inspect ?? (() => {});
  const document = await (await fetch(`${server.url}/api/openapi.json`)).json();
  const operations = Object.values(document.paths).reduce(
    (sum, item) => sum + methods.filter((method) => item[method]).length,
    0,
  );
  const admin = await new AttackClient(requestUrl).signIn(server.login);
  await walk(requestUrl, document, admin, false);
  const anonymous = new AttackClient(requestUrl);
  await anonymous.request('GET', '/api/session');
  await walk(requestUrl, document, anonymous, true);
  return { seed, operations, ...counts, failuresByCheck, examples };
}
