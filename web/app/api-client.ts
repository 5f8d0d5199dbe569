import type { InvalidParam, Problem } from '../../contracts/common.ts';

export const API_BASE = '/api/v1';
const CSRF_HEADER = 'X-CSRF-Token';

/** A problem+json answer (RFC 9457); `code` is the last part of its `type` URI, e.g. `email-taken`. */
export class ApiProblem extends Error {
  readonly code: string;
  constructor(
    readonly status: number,
    readonly problem: Problem & { invalidParams?: InvalidParam[] },
  ) {
    super(problem.detail);
    this.code = problem.type.split('/problems/')[1] ?? 'problem';
  }
  get invalidParams(): InvalidParam[] {
    return this.problem.invalidParams ?? [];
  }
}

/** The request never got an answer: offline, DNS, server down. */
export class NetworkError extends Error {}

export type Query = Record<string, string | number | null | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  delete<T>(path: string, body?: unknown): Promise<T>;
  /** A file to save, e.g. the personal-data export. */
  blob(path: string): Promise<Blob>;
  /** The session's token for writes; it comes with every Me answer. */
  setCsrfToken(token: string | null): void;
  /** Called on every 401, so the app can forget a session the server no longer knows. */
  onUnauthorized(listener: () => void): () => void;
}

export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      if (typeof body.type === 'string' && typeof body.detail === 'string') {
        return new ApiProblem(response.status, body as Problem);
      }
    } catch {
      // Not the JSON it claimed to be: fall through to a generic problem.
    }
  }
  return new ApiProblem(response.status, {
    type: 'about:blank',
    title: response.statusText || 'Error',
    status: response.status,
    detail: response.statusText || `HTTP ${response.status}`,
  });
}

/** JSON over fetch, same-origin cookies, CSRF header on writes, problems thrown as ApiProblem. */
export function createApiClient(options: { base?: string; fetch?: typeof fetch } = {}): ApiClient {
  const base = options.base ?? API_BASE;
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  let csrfToken: string | null = null;
  const unauthorizedListeners = new Set<() => void>();

  async function send(method: Method, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
    const headers: Record<string, string> = { Accept: `${accept}, application/problem+json` };
    // A FormData body (a file upload) sets its own multipart Content-Type with its boundary.
    const form = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers[CSRF_HEADER] = csrfToken;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: form ? body : JSON.stringify(body) }),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      if (response.status === 401) for (const listener of unauthorizedListeners) listener();
      throw await problemOf(response);
    }
    return response;
  }

  async function json<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const response = await send(method, path, body);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  return {
    get: (path, query) => json('GET', `${path}${toQueryString(query)}`),
    post: (path, body) => json('POST', path, body ?? {}),
    put: (path, body) => json('PUT', path, body ?? {}),
    patch: (path, body) => json('PATCH', path, body ?? {}),
    delete: (path, body) => json('DELETE', path, body),
    blob: async (path) => (await send('GET', path)).blob(),
    setCsrfToken: (token) => {
      csrfToken = token;
    },
    onUnauthorized: (listener) => {
      unauthorizedListeners.add(listener);
      return () => unauthorizedListeners.delete(listener);
    },
  };
}
