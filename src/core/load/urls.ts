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
  const repository = (settings?.data as { repository?: { url?: unknown; editUrl?: unknown } } | undefined)?.repository;
  if (!settings || !repository) return;
  if (typeof repository.editUrl === 'string') checkEditUrl(settings, repository.editUrl, rep);
  const url = repository.url;
  if (typeof url !== 'string') return;
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

/** `repository.editUrl`: a web address once `{path}` and `{line}` are filled in, and it must have a `{path}`. */
function checkEditUrl(settings: ParsedFile, editUrl: string, rep: Reporter): void {
  const at = { file: settings.path, ...settings.locate(['repository', 'editUrl']), severity: 'error' as const };
  const verdict = checkUrl(editUrl.replaceAll('{path}', 'okrs/x.mdx').replaceAll('{line}', '1'), WEB_SCHEMES);
  if (!verdict.ok) {
    rep.push({
      ...at, rule: 'unsafe-url',
      message: urlProblemMessage(msg(`repository.editUrl "${showUrl(editUrl)}"`, `repository.editUrl "${showUrl(editUrl)}"`), verdict, msg(
        '它是每个"编辑此页"与"更新进展"链接的模板，只能是 http: 或 https: 网址',
        'it is the pattern of every "edit this page" and "update progress" link, so it must be an http: or https: address'),
      msg('例如 https://github.com/acme/okrs/edit/main/content/{path}#L{line}。', 'For example https://github.com/acme/okrs/edit/main/content/{path}#L{line}.')),
    });
  } else if (!editUrl.includes('{path}')) {
    rep.push({
      ...at, rule: 'invalid-value',
      message: msg(
        `repository.editUrl "${showUrl(editUrl)}" 没有 {path}：每个链接都会打开同一个地址。请写出文件所在的位置，例如 https://github.com/acme/okrs/edit/main/content/{path}#L{line}。`,
        `repository.editUrl "${showUrl(editUrl)}" has no {path}, so every link would open the same address. Write where the file goes, e.g. https://github.com/acme/okrs/edit/main/content/{path}#L{line}.`),
    });
  }
}
