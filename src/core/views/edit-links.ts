import type { Settings } from '../schemas/settings.ts';

/**
 * The address of the repository's web editor at a line of a content file, from settings.yaml
 * `repository`: `editUrl` with `{path}` and `{line}` filled in (any host), else GitHub's
 * `<url>/edit/<branch>/<contentDir>/<path>#L<line>`. Undefined when no repository is set: then pages
 * show no edit links at all.
 */
export function editUrl(repository: Settings['repository'], path: string, line = 1): string | undefined {
  const pattern = editPattern(repository);
  if (!pattern) return undefined;
  const file = path.split('/').map(encodeURIComponent).join('/');
  return pattern.replaceAll('{path}', file).replaceAll('{line}', String(line));
}

function editPattern(repository: Settings['repository']): string | undefined {
  if (!repository) return undefined;
  if (repository.editUrl) return repository.editUrl;
  if (!repository.url) return undefined;
  const dir = repository.contentDir.replace(/^\/+|\/+$/g, '');
  return `${repository.url.replace(/\/+$/, '')}/edit/${repository.branch}/${dir ? `${dir}/` : ''}{path}#L{line}`;
}
