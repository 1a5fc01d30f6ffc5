import type { paths } from './generated/openapi';

/**
 * Types read off the generated API document (./generated/openapi.ts, `npm run api:types`): the
 * web app names the API's bodies by the operation that sends or takes them, so nothing here is
 * written by hand and a change of the server's schemas fails the web app's typecheck.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The API's paths, as the document writes them (`/api/meetings/{id}`). */
export type ApiPath = keyof paths;

/** The paths with an operation for this method. */
export type PathOf<M extends Method> = {
  [P in ApiPath]: paths[P] extends { [K in M]: object } ? P : never;
}[ApiPath];

type OperationOf<P extends ApiPath, M extends Method> = NonNullable<paths[P][M]>;

type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;
type SuccessOf<Responses> = Responses[keyof Responses & (200 | 201 | 202 | 204)];

/** The JSON of the operation's success answer (undefined when it has none: 204 or a file). */
export type ResponseOf<P extends PathOf<M>, M extends Method = 'get'> =
  OperationOf<P, M> extends { responses: infer Responses } ? JsonOf<SuccessOf<Responses>> : never;

type RequestBodyOf<P extends PathOf<M>, M extends Method> = NonNullable<
  OperationOf<P, M>['requestBody']
>;

/** The JSON body the operation takes (never when it takes none). */
export type BodyOf<P extends PathOf<M>, M extends Method> = [RequestBodyOf<P, M>] extends [never]
  ? never
  : RequestBodyOf<P, M> extends { content: { 'application/json': infer Body } }
    ? Body
    : never;

type ParametersOf<P extends PathOf<M>, M extends Method> = OperationOf<P, M>['parameters'];

/** The operation's query parameters (all of them optional in the type when none is required). */
export type QueryOf<P extends PathOf<M>, M extends Method = 'get'> = NonNullable<
  ParametersOf<P, M>['query']
>;

/** What a request names besides its path: path parameters, query and body, as the operation has them. */
export type RequestOptions<P extends PathOf<M>, M extends Method> = (ParametersOf<
  P,
  M
>['path'] extends object
  ? { path: ParametersOf<P, M>['path'] }
  : { path?: never }) &
  (ParametersOf<P, M>['query'] extends undefined
    ? { query?: never }
    : undefined extends ParametersOf<P, M>['query']
      ? { query?: ParametersOf<P, M>['query'] }
      : { query: ParametersOf<P, M>['query'] }) &
  ([BodyOf<P, M>] extends [never] ? { body?: never } : { body: BodyOf<P, M> });

/** The options argument: optional when the operation needs none of them. */
export type RequestArguments<P extends PathOf<M>, M extends Method> =
  Record<string, never> extends RequestOptions<P, M>
    ? [options?: RequestOptions<P, M>]
    : [options: RequestOptions<P, M>];

/**
 * A runtime list of every value of an API union, for the UI to iterate over: a value the API
 * does not have, or one of the API's values missing from the list, fails the typecheck.
 * `everyValueOf<JointActionStatus>()(['open', 'done'])`
 */
export const everyValueOf =
  <Union>() =>
  <const List extends readonly Union[]>(
    list: List & ([Exclude<Union, List[number]>] extends [never] ? unknown : never),
  ): List =>
    list;
