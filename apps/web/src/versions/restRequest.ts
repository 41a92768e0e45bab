import { apiRequest, type ApiRequestOptions } from '../api/apiClient';

/**
 * A JSON request to the REST API with a bearer token (the shell's `apiRequest`), for the version,
 * diff and transfer routes.
 */
export function restRequest<T>(
  method: string,
  path: string,
  options: ApiRequestOptions & { token: string | null },
): Promise<T> {
  return apiRequest<T>(method, path, options);
}
