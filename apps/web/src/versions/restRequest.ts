import { ApiRequestError } from '../api/apiClient';

/**
 * A JSON request to the REST API with a bearer token, answering the parsed body or throwing the
 * shell's `ApiRequestError`. (`src/api/apiClient.ts` keeps its `request` helper private; this is the
 * same contract for the version, diff and transfer routes. Move it there when the shell is done.)
 */
export async function restRequest<T>(
  method: string,
  path: string,
  options: { token: string | null; body?: unknown; rawBody?: string; contentType?: string },
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.rawBody !== undefined) {
    body = options.rawBody;
    headers['content-type'] = options.contentType ?? 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { method, headers, body });
  } catch (_error) {
    throw new ApiRequestError(0, 'network', 'The server cannot be reached. Check your connection.');
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    const err = (json as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)
      ?.error;
    const error = new ApiRequestError(
      response.status,
      typeof err?.code === 'string' ? err.code : `http-${response.status}`,
      typeof err?.message === 'string' ? err.message : `Request failed (${response.status})`,
    );
    throw Object.assign(error, { issues: err?.issues });
  }
  return json as T;
}
