import { urlProblemMessage } from '../prose/index.ts';
import type { ParsedFile } from '../source.ts';
import { msg } from '../text.ts';
import { checkUrl, showUrl, WEB_SCHEMES } from '../url-policy.ts';
import type { Reporter } from './reporter.ts';

/**
 * Addresses outside bodies, under the same URL policy as bodies. settings.yaml `repository.url`
 * starts the 编辑此页 link of every page, so it must be a web address (http: or https:); the schema
 * has already reported one that is no URL at all. People's `email` is checked as an address by its
 * schema and is never made into a link.
 */
export function checkSettingsUrls(settings: ParsedFile | undefined, rep: Reporter): void {
  const url = (settings?.data as { repository?: { url?: unknown } } | undefined)?.repository?.url;
  if (!settings || typeof url !== 'string') return;
  const verdict = checkUrl(url, WEB_SCHEMES);
  if (verdict.ok) return;
  rep.push({
    file: settings.path, ...settings.locate(['repository', 'url']), severity: 'error', rule: 'unsafe-url',
    message: urlProblemMessage(msg(`repository.url "${showUrl(url)}"`, `repository.url "${showUrl(url)}"`), verdict, msg(
      '它是每个页面"编辑此页"链接的开头，只能是 http: 或 https: 网址，例如 https://github.com/acme/okrs',
      'it starts the "edit this page" link of every page, so it must be an http: or https: address such as https://github.com/acme/okrs'),
    msg('请改为仓库的网址。', "Write the repository's web address instead.")),
  });
}
