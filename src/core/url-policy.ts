/**
 * The one URL policy of the portal: which addresses a page may link to or load. Bodies (links,
 * images, definitions, HTML attributes), settings.yaml (`repository.url`) and the sanitiser's
 * `protocols` all read it, so what the check accepts is exactly what the sanitiser keeps.
 *
 * An address is allowed when it has no scheme (a relative link: `/2026/market/`, `#o1`, `../x`,
 * `//host/path`) or its scheme is one of the allowed ones, written exactly (lowercase). The scheme is
 * found as browsers and hast-util-sanitize find it: the text before the first `:` that comes before
 * any `/`, `?` or `#`. Everything else is refused, and the refusal says what a browser would make of
 * it: `JaVaScRiPt:`, ` javascript:` and `java&#x09;script:` (a tab, which browsers drop) all run code.
 */

/** Schemes a link may use. */
export const LINK_SCHEMES = ['http', 'https', 'mailto'] as const;
/** Schemes an image may load from. */
export const IMAGE_SCHEMES = ['http', 'https'] as const;
/** Schemes of an address every page links to (settings.yaml `repository.url`): absolute web addresses only. */
export const WEB_SCHEMES = ['http', 'https'] as const;

export type UrlProblem =
  /** `javascript:` or `vbscript:`: runs code when followed. */
  | 'script'
  /** `data:`: the content itself inside the address (a page, a script, an image pretending to be one). */
  | 'data'
  /** Another scheme (`file:`, `ftp:`, `tel:`, `x:`). */
  | 'scheme'
  /** An allowed scheme written otherwise (`HTTPS:`, `ht\ttps:`): browsers accept it, the sanitiser does not. */
  | 'spelling'
  /** A relative address where an absolute one is needed. */
  | 'relative';

export type UrlVerdict =
  | { ok: true }
  | {
    ok: false;
    problem: UrlProblem;
    /** The scheme as a browser reads it: controls and whitespace dropped, lowercase (`javascript`). */
    scheme: string;
    /** The written scheme hides characters a browser ignores (a tab, a newline, a leading space). */
    hidden: boolean;
  };

/** ASCII whitespace and C0 controls: browsers drop them from the start of an address and tabs and newlines from anywhere. */
const IGNORED = /[\u0000-\u0020\u007f]/g;

/** The scheme as written, or undefined for a relative address. */
export function writtenScheme(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  for (const c of ['/', '?', '#']) {
    const at = url.indexOf(c);
    if (at >= 0 && at < colon) return undefined;
  }
  return url.slice(0, colon);
}

/**
 * Whether `url` may be used where `schemes` are allowed; relative addresses are allowed unless
 * `relative: false`.
 */
export function checkUrl(url: string, schemes: readonly string[], options: { relative?: boolean } = {}): UrlVerdict {
  const written = writtenScheme(url);
  if (written === undefined) {
    return options.relative === false ? { ok: false, problem: 'relative', scheme: '', hidden: false } : { ok: true };
  }
  if (schemes.includes(written)) return { ok: true };
  const scheme = written.replace(IGNORED, '').toLowerCase();
  const hidden = written.replace(IGNORED, '') !== written;
  const problem: UrlProblem = scheme === 'javascript' || scheme === 'vbscript' ? 'script'
    : scheme === 'data' ? 'data'
      : schemes.includes(scheme) ? 'spelling'
        : 'scheme';
  return { ok: false, problem, scheme, hidden };
}

/** An address as a message quotes it: invisible characters spelled out, long ones shortened. */
export function showUrl(url: string): string {
  const visible = url.replace(/[\u0000-\u001f\u007f]/g, (c) => ({ '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const chars = [...visible];
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : visible;
}
