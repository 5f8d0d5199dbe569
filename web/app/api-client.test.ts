import { describe, expect, it, vi } from 'vitest';
import { ApiProblem, createApiClient, NetworkError, toQueryString } from './api-client.ts';

function recordingFetch(response: Response) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fake = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return response.clone();
  });
  return { fetch: fake as unknown as typeof fetch, calls };
}

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

describe('api client', () => {
  it('sends the CSRF token on writes only, with same-origin cookies', async () => {
    const { fetch, calls } = recordingFetch(json(200, { ok: true }));
    const api = createApiClient({ fetch });
    api.setCsrfToken('token-1');
    await api.get('/me');
    await api.patch('/me', { locale: 'en' });
    const [get, patch] = calls;
    expect(get?.init.credentials).toBe('same-origin');
    expect((get?.init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    expect((patch?.init.headers as Record<string, string>)['X-CSRF-Token']).toBe('token-1');
    expect(patch?.init.body).toBe('{"locale":"en"}');
    expect(patch?.url).toBe('/api/v1/me');
  });

  it('turns problem+json into an ApiProblem with its code and invalid parameters', async () => {
    const problem = {
      type: 'https://wakkere-stad.nl/problems/invalid-fields',
      title: 'Bad request',
      status: 400,
      detail: 'The request has invalid fields: body.email.',
      invalidParams: [{ name: 'body.email', reason: 'Invalid email' }],
    };
    const { fetch } = recordingFetch(json(400, problem, 'application/problem+json'));
    const error = await createApiClient({ fetch })
      .post('/accounts', {})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).code).toBe('invalid-fields');
    expect((error as ApiProblem).invalidParams).toEqual(problem.invalidParams);
  });

  it('tells listeners about a 401, and answers 204 with nothing', async () => {
    const unauthorized = vi.fn();
    const api401 = createApiClient({
      fetch: recordingFetch(
        json(401, { type: 'x/problems/not-logged-in', title: 'Not logged in', status: 401, detail: 'Log in.' }),
      ).fetch,
    });
    api401.onUnauthorized(unauthorized);
    await expect(api401.get('/me')).rejects.toBeInstanceOf(ApiProblem);
    expect(unauthorized).toHaveBeenCalledOnce();

    const api204 = createApiClient({ fetch: recordingFetch(new Response(null, { status: 204 })).fetch });
    await expect(api204.delete('/sessions/current')).resolves.toBeUndefined();
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const api = createApiClient({
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    await expect(api.get('/me')).rejects.toBeInstanceOf(NetworkError);
  });

  it('leaves empty query parameters out', () => {
    expect(toQueryString({ q: '', role: undefined, limit: 20, cursor: null })).toBe('?limit=20');
    expect(toQueryString({})).toBe('');
  });
});
